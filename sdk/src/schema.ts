// Generated from openapi.yaml by `npm run sdk:build` (sdk/scripts/generate.ts). Do not edit.
export interface paths {
    "/api/v2/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and every migration is applied */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new user
         * @description Creates a `pending` account (an admin approves it) and returns a token. `pan` is optional; when given it must be a valid PAN.
         */
        post: operations["postAuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and get a token
         * @description Wrong email and wrong password get the same 401 `Invalid credentials.`. After 5 consecutive failures for one email, further attempts for it are 429 for 15 minutes.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the current token
         * @description Not available to API keys (user tokens only).
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the current token for a new one
         * @description The presented token is revoked; use the returned one from now on. Tokens live 30 days (`expires_in: 2592000`); an admin's live 12 hours (`expires_in: 43200`).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change password
         * @description Revokes every other token of the user; the token used for this call stays valid.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAuthChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password reset code
         * @description Always answers 200 with the same body, whether or not an account has this e-mail (no enumeration). When one has, a single-use 6-digit code valid 30 minutes is e-mailed to it; asking again within a minute keeps the code already sent. Rate limited like login.
         */
        post: operations["postAuthForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the e-mailed code
         * @description Sets the password and revokes every token of the account (log in again). A wrong, used or expired code, or an unknown e-mail, is the same 422 on `code`; the 5th wrong try burns the code. Rate limited like login.
         */
        post: operations["postAuthResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current user's profile with KYC status
         * @description API keys need the `read` scope.
         */
        get: operations["getAuthProfile"];
        /**
         * Update profile fields
         * @description Send any of: name, phone, entity_name, entity_type, entity_reg, industry, address, website. Optional fields accept null to clear them.
         *
         *     Not available to API keys (user tokens only).
         */
        put: operations["putAuthProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/profile/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current user's profile photo
         * @description API keys need the `read` scope.
         */
        get: operations["getAuthProfilePhoto"];
        put?: never;
        /**
         * Upload a profile photo
         * @description Multipart form with one `photo` field: a JPEG, PNG or WebP image (checked by content, not by name) of at most 5 MB.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAuthProfilePhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All KYC checks with masked details
         * @description API keys need the `read` scope.
         */
        get: operations["getKycStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/verify-pan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify PAN
         * @description One PAN can be verified on one account only (409). Lower case is accepted.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postKycVerifyPan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/verify-gst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify GSTIN
         * @description Needs a verified PAN; the GSTIN must embed it. State code, PAN and the mod-36 check character are validated.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postKycVerifyGst"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/verify-bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify bank account (penny drop)
         * @description Returns the name at the bank. Withdrawals go to this account.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postKycVerifyBank"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/verify-aadhaar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify Aadhaar
         * @description 12 digits with a Verhoeff check digit. Only the last 4 digits and a keyed hash are stored.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postKycVerifyAadhaar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/kyc/verify-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify address
         * @description Not available to API keys (user tokens only).
         */
        post: operations["postKycVerifyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/factoring-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List factoring units visible to the caller
         * @description Buyers and sellers see their own units in every status; investors and financers see units in `Bidding` and the ones they funded. `min_amount`/`max_amount` filter the invoice total; `sort` is `amount_asc`, `amount_desc` or newest first. Investors' and financers' pages are answered from the serving instance's memory between changes of the market: a change made through the instance that serves the page is on the very next page, one made elsewhere within 50 ms of its commit.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getFactoringUnits"];
        put?: never;
        /**
         * List an invoice for factoring (buyer/seller)
         * @description Due date after the invoice date and in the future; finance amount and total at most the invoice total; tenure in whole days that fits before the due date; line items, when given, add up to `fu_total`. The same invoice (owner, seller, invoice number) cannot be listed twice (409).
         *
         *     API keys need the `trade` scope.
         */
        post: operations["postFactoringUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/factoring-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A factoring unit with its buyer, line items and bids
         * @description The owner sees every bid; a bidder sees only their own. A unit the caller may not see is 404.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getFactoringUnitsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/factoring-units/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a unit that is still bidding (owner)
         * @description Every pending bid is rejected and its hold released.
         *
         *     API keys need the `trade` scope.
         */
        post: operations["postFactoringUnitsIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/factoring-units/{id}/repay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repay the funder from the wallet (owner)
         * @description Pays `repayment_amount` = bid_amount + round_half_up(bid_amount x bid_percentage/100 x bid_tenure/365) to the funder. Financed or Overdue -> Repaid. Insufficient available balance is 422 on `balance`.
         *
         *     API keys need the `trade` scope.
         */
        post: operations["postFactoringUnitsIdRepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's bids (investor/financer) or the bids on the caller's units (buyer/seller)
         * @description Pages may be answered from the serving instance's memory, but never older than the database when the request arrives: every change to the caller's bids, to their units' bids, to those units or to a bidder's name, made through any instance or process, is on the very next page.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getBids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/bids/{fuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a bid (investor/financer)
         * @description Holds `bid_amount` in the bidder's wallet (422 on `bid_amount` when the available balance is short). `bid_amount` at most the finance amount; `0 < bid_percentage <= 100`; `bid_tenure` whole days ending by the due date. One pending bid per bidder per unit (409).
         *
         *     API keys need the `trade` scope.
         */
        post: operations["postBidsFuId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/bids/{bidId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Accept or reject a bid (owner of the unit)
         * @description Accepting, atomically: this bid Accepted, every other pending bid Rejected and released, the hold paid to the owner less the platform fee (PLATFORM_FEE_BPS) and 18% GST on it, the unit Financed. Exactly one bid per unit can ever be accepted.
         *
         *     API keys need the `trade` scope.
         */
        put: operations["putBidsBidIdStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/bids/{bidId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a pending bid (bidder)
         * @description Releases the hold back to the wallet.
         *
         *     API keys need the `trade` scope.
         */
        post: operations["postBidsBidIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Role-based dashboard
         * @description Buyers and sellers get their units and repayments; investors and financers get their wallet, bids, deployment and returns.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/create-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Razorpay order to top up the wallet
         * @description Amount in rupees, 100 to 1,00,00,000, at most 2 decimals. Open Razorpay Checkout with `order_id` and `key_id`, then call /payments/verify.
         *
         *     API keys need the `payments` scope.
         */
        post: operations["postPaymentsCreateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a checkout result and credit the wallet
         * @description `razorpay_signature` must be the hex HMAC-SHA256 of `order_id|razorpay_payment_id` with the key secret. The wallet is credited once; verifying again returns the same result. A bad signature is 422 and changes nothing.
         *
         *     API keys need the `payments` scope.
         */
        post: operations["postPaymentsVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's payments
         * @description API keys need the `read` scope.
         */
        get: operations["getPaymentsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wallet balance
         * @description `available = balance - on_hold`; on-hold money backs pending bids and withdrawals in flight.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getPaymentsWallet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/wallet/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's ledger lines
         * @description API keys need the `read` scope.
         */
        get: operations["getPaymentsWalletTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw to the verified bank account
         * @description Needs an active account with verified PAN and bank account. The amount is held until the payout settles and returned to the wallet if it fails.
         *
         *     API keys need the `payments` scope.
         */
        post: operations["postPaymentsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's withdrawals and their status
         * @description `processing` until the payout settles; `failed` ones have their money back in the wallet.
         *
         *     API keys need the `read` scope.
         */
        get: operations["getPaymentsWithdrawals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Razorpay webhook receiver
         * @description No bearer auth: `X-Razorpay-Signature` must be the hex HMAC-SHA256 of the raw body with the webhook secret, and `X-Razorpay-Event-Id` identifies the delivery. Handles payment.captured, order.paid, payment.failed, payout.processed, payout.failed and payout.reversed; other events are stored and acknowledged.
         */
        post: operations["postPaymentsWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notifications with the unread count
         * @description API keys need the `read` scope.
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark one notification as read
         * @description API keys need the `read` scope.
         */
        put: operations["putNotificationsIdRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications/mark-all-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all notifications as read
         * @description API keys need the `read` scope.
         */
        post: operations["postNotificationsMarkAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications/fcm-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register this device's Firebase push token
         * @description A token belongs to the last user who registered it; a user keeps their 10 most recent devices.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postNotificationsFcmToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's API keys
         * @description Live keys, newest first, masked, with when each was last used (to the minute).
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description For the caller's own account (active accounts only). The secret (`hk_live_...`, or `hk_test_...` on servers with sandbox gateways) is returned once and stored only as a hash. Use it as `Authorization: Bearer hk_...` on any route its scopes allow; each route documents the scope it needs (`x-api-key-scope`).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description At once, on every instance: the next request with it is 401.
         *
         *     Not available to API keys (user tokens only).
         */
        delete: operations["deleteApiKeysKeyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's webhook endpoints
         * @description Not available to API keys (user tokens only).
         */
        get: operations["getWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Events about the caller's own units, bids, money, KYC and account are POSTed to `url` as `{ id, type, created_at, data }` (`data` is the resource as the API shows it to you), signed by the Standard Webhooks specification with the returned secret, shown once. See the `webhooks` section for each event. Delivery is at least once, after the change commits, retried for about 21 hours (about 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h, 12 h); order is not promised: use `created_at` and the resource's `status`. An endpoint whose every attempt has failed for 24 hours is disabled and its owner notified. At most 10 endpoints per account.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postWebhookEndpoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook endpoint
         * @description Not available to API keys (user tokens only).
         */
        get: operations["getWebhookEndpointsEndpointId"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its delivery log
         * @description Not available to API keys (user tokens only).
         */
        delete: operations["deleteWebhookEndpointsEndpointId"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint (url, events, enabled, description)
         * @description Not available to API keys (user tokens only).
         */
        patch: operations["patchWebhookEndpointsEndpointId"];
        trace?: never;
    };
    "/api/v2/webhook-endpoints/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event now
         * @description Sends a signed `webhook.test` event and answers with the outcome (one attempt, up to 10 s; no retries; it does not count toward disabling the endpoint). Works on a disabled endpoint, to check a fix before enabling it.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postWebhookEndpointsEndpointIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns a new secret, once. For 24 hours the previous secret keeps signing every delivery beside the new one (two signatures in `webhook-signature`), so receivers can switch without losing an event. Refused (409) while a previous rotation's overlap is running.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postWebhookEndpointsEndpointIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log
         * @description Newest first: each event sent to the endpoint, its status, attempts and the last attempt's response code, latency and error. Kept 30 days.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getWebhookEndpointsEndpointIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook-deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a delivery
         * @description Queues the delivery's next attempt now, with the same event id and body: any status, up to 30 days after the event, on an enabled endpoint. If it fails, the retry schedule continues from where the delivery stood.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postWebhookDeliveriesDeliveryIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search accounts
         * @description Newest first. `q` matches the name or e-mail (contains, any case), phone digits, or the last 4 characters of the PAN.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account in full
         * @description Profile, KYC checks (masked values), wallet, and counts of units, bids and pending withdrawals.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminUsersUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending or rejected account
         * @description Allowed from pending or rejected (409 otherwise). The user is notified (push and e-mail); the change and its audit row are one transaction. An admin cannot change their own account (403), nor another admin's.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminUsersUserIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{userId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending account
         * @description Allowed from pending (409 otherwise). `reason` is required and told to the user. The user is notified (push and e-mail); the change and its audit row are one transaction. An admin cannot change their own account (403), nor another admin's.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminUsersUserIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{userId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an account
         * @description Allowed from pending or active (409 otherwise). `reason` is required and told to the user. The user is notified (push and e-mail); the change and its audit row are one transaction. An admin cannot change their own account (403), nor another admin's.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminUsersUserIdSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a suspension
         * @description Allowed from suspended (409 otherwise). The user is notified (push and e-mail); the change and its audit row are one transaction. An admin cannot change their own account (403), nor another admin's.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminUsersUserIdReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/kyc-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KYC review queue
         * @description Failed and pending checks (or one status), oldest first, with masked values only.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminKycChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/kyc-checks/{checkId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a manual KYC decision
         * @description Verified or failed, with a note; the user sees the result in `/kyc/status` and is notified. A manual verification keeps the automatic rules: one account per PAN and per Aadhaar (409), a GSTIN only after the PAN it contains (409). A verified check is not re-decided (409).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminKycChecksCheckIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Withdrawals of every user
         * @description The ones waiting on the bank (`processing`) by default, oldest first.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminWithdrawals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/withdrawals/{withdrawalId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a withdrawal sent (the bank confirmed it)
         * @description For a payout whose fate an operator confirmed with the bank or RazorpayX when no webhook came; the same use case as `npm run admin -- settle-withdrawal`. Only `processing` withdrawals (409 otherwise).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminWithdrawalsWithdrawalIdSettle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/withdrawals/{withdrawalId}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a withdrawal failed (the money returns to the wallet)
         * @description For a payout whose fate an operator confirmed with the bank or RazorpayX when no webhook came; the same use case as `npm run admin -- settle-withdrawal`. Only `processing` withdrawals (409 otherwise).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminWithdrawalsWithdrawalIdFail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/webhook-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound Razorpay webhook events
         * @description Those whose application recorded an error by default, newest first.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/webhook-events/{eventId}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a stored webhook event again
         * @description The fix for an event whose application failed and that Razorpay will not redeliver. Idempotent (a paid payment is not credited twice). An event applied without error is refused (409); a failure is a 500 saying why, recorded on the event.
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminWebhookEventsEventIdReprocess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/idempotency-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Idempotency-Key records
         * @description Stuck ones by default: in progress for over 2 minutes (the request died before recording its response), so every retry of it is 409.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminIdempotencyKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/idempotency-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release a stuck Idempotency-Key
         * @description The client's next request with that key runs afresh. Only keys in progress for over 2 minutes (409 otherwise); a completed key is never released (its stored response prevents a double payment).
         *
         *     Not available to API keys (user tokens only).
         */
        delete: operations["deleteAdminIdempotencyKeysKeyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/ledger/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ledger account: balance and latest entries
         * @description By numeric id or code. The 50 newest entries, each with its transaction.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminLedgerAccountsAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/ledger/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ledger transactions
         * @description By reference (exact), business object, or kind; newest first, each with its entries.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminLedgerTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run ledger-check now
         * @description Every transaction balances, cached balances equal their entries, no user balance is negative, holds and payments agree with the ledger. `ok: false` lists the problems (200 either way: the check ran).
         *
         *     Not available to API keys (user tokens only).
         */
        post: operations["postAdminLedgerCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/reports/platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform figures over a period
         * @description Fees and GST collected (from the ledger), volume financed and repaid, units listed, top-ups and settled withdrawals between `from` and `to` (default: the last 30 days); outstanding and overdue as of now.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminReportsPlatform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description Every admin action, from the API (actor `admin:<id>`, with request id and IP) or the CLI (`cli:<OS user>`), newest first.
         *
         *     Not available to API keys (user tokens only).
         */
        get: operations["getAdminAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "factoring_unit.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours was listed.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "factoring_unit.financed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours, or one you funded, was financed.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitFinanced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "factoring_unit.repaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours, or one you funded, was repaid.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitRepaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "factoring_unit.overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours, or one you funded, passed its due date unpaid.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "factoring_unit.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours was cancelled.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "factoring_unit.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A unit of yours expired unfinanced.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookFactoringUnitExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bid.placed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * You placed a bid, or one was placed on your unit.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookBidPlaced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bid.accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your bid, or a bid on your unit, was accepted.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookBidAccepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bid.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your bid, or a bid on your unit, was rejected (by the owner, or because another was accepted).
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookBidRejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bid.withdrawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your bid, or a bid on your unit, was withdrawn by its bidder.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookBidWithdrawn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bid.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your bid, or a bid on your unit, lapsed.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookBidExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.credited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A top-up of yours was paid and credited.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookPaymentCredited"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A top-up of yours failed.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookPaymentFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.settled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A withdrawal of yours reached your bank.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookWithdrawalSettled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A withdrawal of yours failed; the money is back in your wallet.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookWithdrawalFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kyc.verified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A KYC check of yours was verified.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookKycVerified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kyc.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A KYC check of yours failed.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookKycFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your account was approved.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookAccountApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your account was rejected.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookAccountRejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your account was suspended.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookAccountSuspended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.reactivated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Your account was reactivated after a suspension.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookAccountReactivated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sent by POST /webhook-endpoints/{id}/test only.
         * @description Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.
         */
        post: operations["webhookWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        FactoringUnit: {
            /** @example 42 */
            id: number;
            /** @example Vikram Textiles LLP */
            fu_seller: string;
            /** @example 27AAPFU0939F1ZV */
            fu_seller_gstin: string | null;
            /** @example null */
            fu_buyer_gstin: string | null;
            /** @example INV-2026-0042 */
            fu_invoice_no: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            fu_invoice_date: string;
            /**
             * Format: date
             * @example 2027-02-20
             */
            fu_due_date: string;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 100000
             */
            fu_total: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 118000
             */
            fu_invoice_total: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 90000
             */
            fu_finance_amount: number;
            /**
             * @description Days.
             * @example 90
             */
            fu_tenure: string;
            /** @enum {string} */
            status: "Bidding" | "Financed" | "Overdue" | "Repaid" | "Cancelled" | "Expired";
            /** @description The unit's owner (the lister). */
            buyer: {
                /** @example 5 */
                id: number;
                /** @example Asha Traders */
                name: string;
                /** @example Asha Traders Pvt Ltd */
                entity_name: string | null;
            };
            /**
             * @description Financed or Overdue: what the owner owes today (interest per day elapsed since financing, at least MIN_INTEREST_DAYS, at most the bid tenure). Repaid: what was paid. Otherwise null.
             * @example 91000
             */
            repayment_amount: number | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            financed_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            repaid_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        Bid: components["schemas"]["BidSummary"] & {
            factoring_unit: {
                /** @example 42 */
                id: number;
                /** @example INV-2026-0042 */
                fu_invoice_no: string;
                /** @example Vikram Textiles LLP */
                fu_seller: string;
                /** @enum {string} */
                status: "Bidding" | "Financed" | "Overdue" | "Repaid" | "Cancelled" | "Expired";
                /**
                 * Format: date
                 * @example 2027-02-20
                 */
                fu_due_date: string;
            };
        };
        BidSummary: {
            /** @example 31 */
            id: number;
            /** @description Shown to the unit's owner only. */
            bidder?: {
                /** @example 5 */
                id: number;
                /** @example Asha Traders */
                name: string;
                /** @example Asha Traders Pvt Ltd */
                entity_name: string | null;
            };
            /**
             * @description Rupees, at most 2 decimals.
             * @example 90000
             */
            bid_amount: number;
            /**
             * @description Annual rate, percent.
             * @example 12.5
             */
            bid_percentage: number;
            /**
             * @description Days.
             * @example 90
             */
            bid_tenure: string;
            /** @enum {string} */
            status: "Pending" | "Accepted" | "Rejected" | "Withdrawn" | "Expired";
            /** @example null */
            remark: string | null;
            /**
             * @description bid_amount plus interest for the bid's full tenure, rupees. Repaying earlier costs less (see the unit's repayment_amount).
             * @example 92773.97
             */
            expected_repayment: number;
            /**
             * Format: date-time
             * @description A pending bid expires at this instant and can no longer be accepted.
             * @example 2026-11-30T08:00:00.000Z
             */
            valid_until: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        Payment: {
            /** @example 17 */
            id: number;
            /** @enum {string} */
            type: "wallet_topup" | "bid_deposit";
            /** @example 50000 */
            amount: number;
            /** @enum {string} */
            currency: "INR";
            /** @enum {string} */
            status: "created" | "paid" | "failed";
            /** @example order_9A33XWu170gUtm */
            order_id: string;
            /** @example pay_29QQoUBi66xm2f */
            razorpay_payment_id: string | null;
            /** @example null */
            failure_reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            paid_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        Withdrawal: {
            /** @example 8 */
            id: number;
            /** @example 10000 */
            amount: number;
            /** @enum {string} */
            status: "processing" | "processed" | "failed";
            /** @example XXXXXXXXXX6789 (HDFC0001234) */
            destination: string;
            /** @example null */
            failure_reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            settled_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        KycCheckEventData: components["schemas"]["KycCheck"] & {
            /** @enum {string} */
            check: "pan" | "gst" | "bank_account" | "aadhaar" | "address";
        };
        /** @description Status plus masked details of one check, e.g. `pan: "XXXXXX234F"`, `account_number: "XXXXXXXXXX6789"`, `name_at_bank`. */
        KycCheck: {
            /** @enum {string} */
            status: "not_submitted" | "pending" | "verified" | "failed";
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            verified_at: string | null;
            /** @example PAN not found in the registry. */
            failure_reason?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        AccountEventData: components["schemas"]["UserSummary"] & {
            /** @example Documents under review */
            status_reason: string | null;
        };
        UserSummary: {
            /** @example 5 */
            id: number;
            /** @example Asha Traders */
            name: string;
            /** @example asha@example.com */
            email: string;
            /** @enum {string} */
            role: "buyer" | "seller" | "investor" | "financer" | "admin";
            /** @enum {string} */
            status: "pending" | "active" | "rejected" | "suspended";
        };
        /** @description The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status. */
        TestEventData: {
            /** @example 3 */
            endpoint_id: number;
            /** @example A test event from Hundi: your endpoint receives and verifies our webhooks. */
            message: string;
        };
        RateLimitedError: {
            /** @enum {string} */
            status: "error";
            /** @example Too many requests. */
            message: string;
            /** @enum {string} */
            code: "RATE_LIMIT_EXCEEDED";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        ServerError: {
            /** @enum {string} */
            status: "error";
            /** @example Internal server error. */
            message: string;
            /** @enum {string} */
            code: "SERVER_ERROR";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        ServiceUnavailableError: {
            /** @enum {string} */
            status: "error";
            /** @example Service temporarily unavailable. */
            message: string;
            /** @enum {string} */
            code: "SERVICE_UNAVAILABLE";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        Session: {
            user: components["schemas"]["UserSummary"];
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9... */
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /**
             * @description Seconds: 2592000 (30 days), 43200 (12 hours) for an admin.
             * @example 2592000
             */
            expires_in: number;
        };
        BadRequestError: {
            /** @enum {string} */
            status: "error";
            /** @example Malformed JSON body. */
            message: string;
            /** @enum {string} */
            code: "BAD_REQUEST";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        PayloadTooLargeError: {
            /** @enum {string} */
            status: "error";
            /** @example Request body too large (limit 1 MB). */
            message: string;
            /** @enum {string} */
            code: "PAYLOAD_TOO_LARGE";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        UnsupportedMediaTypeError: {
            /** @enum {string} */
            status: "error";
            /** @example Unsupported media type: send application/json, application/x-www-form-urlencoded or multipart/form-data. */
            message: string;
            /** @enum {string} */
            code: "UNSUPPORTED_MEDIA_TYPE";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        ValidationErrorResponse: {
            /**
             * @description The first error, plus "(and N more errors)" when there are others.
             * @example The email field is required. (and 1 more error)
             */
            message: string;
            /**
             * @description Every failing field at once, keyed by the field name as sent (`line_items.0.amount` for nested ones).
             * @example {
             *       "email": [
             *         "The email field is required."
             *       ],
             *       "password": [
             *         "The password field confirmation does not match."
             *       ]
             *     }
             */
            errors: {
                [key: string]: string[];
            };
            /** @enum {string} */
            code: "VALIDATION_ERROR";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        RegisterRequest: {
            /** @example Asha Traders */
            name: string;
            /** @example asha@example.com */
            email: string;
            /** @example +919876543210 */
            phone: string;
            /** @example S3cure!pass */
            password: string;
            /** @example S3cure!pass */
            password_confirmation: string;
            /**
             * @example buyer
             * @enum {string}
             */
            role: "buyer" | "seller" | "investor" | "financer";
            pan?: (string | null) | "" | null;
            /** @example Asha Traders Pvt Ltd */
            entity_name?: string | null;
            /** @example fcm-device-token */
            fcm_token?: string;
        };
        InvalidCredentialsResponse: {
            /** @enum {string} */
            message: "Invalid credentials.";
            /** @enum {string} */
            code: "INVALID_CREDENTIALS";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        LoginRequest: {
            /** @example asha@example.com */
            email: string;
            /** @example S3cure!pass */
            password: string;
            /** @example fcm-device-token */
            fcm_token?: string;
        };
        UnauthenticatedResponse: {
            /** @enum {string} */
            message: "Unauthenticated.";
            /** @enum {string} */
            code: "AUTH_REQUIRED";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        AccessToken: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9... */
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /**
             * @description Seconds: 2592000 (30 days), 43200 (12 hours) for an admin.
             * @example 2592000
             */
            expires_in: number;
        };
        ChangePasswordRequest: {
            /** @example Old!passw0rd */
            current_password: string;
            /** @example S3cure!pass */
            password: string;
            /** @example S3cure!pass */
            password_confirmation: string;
        };
        ForgotPasswordRequest: {
            /** @example asha@example.com */
            email: string;
        };
        ResetPasswordRequest: {
            /** @example asha@example.com */
            email: string;
            /**
             * @description The 6-digit code from the e-mail.
             * @example 482913
             */
            code: string;
            /** @example S3cure!pass */
            password: string;
            /** @example S3cure!pass */
            password_confirmation: string;
        };
        Profile: {
            /** @example 1 */
            id: number;
            /** @example Asha Traders */
            name: string;
            /**
             * Format: email
             * @example asha@example.com
             */
            email: string;
            /** @example +919876543210 */
            phone: string;
            /** @enum {string} */
            role: "buyer" | "seller" | "investor" | "financer" | "admin";
            /** @enum {string} */
            status: "pending" | "active" | "rejected" | "suspended";
            /**
             * @description Masked: only the last four characters are shown.
             * @example XXXXXX234F
             */
            pan: string | null;
            /** @example Asha Traders Pvt Ltd */
            entity_name: string | null;
            /** @example Private Limited */
            entity_type: string | null;
            /** @example U74999MH2020PTC123456 */
            entity_reg: string | null;
            /** @example Textiles */
            industry: string | null;
            /** @example 12 MG Road, Pune 411001 */
            address: string | null;
            /** @example https://ashatraders.in */
            website: string | null;
            /** @example /api/v2/auth/profile/photo */
            photo_url: string | null;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 50000
             */
            wallet_balance: number;
            kyc_status: components["schemas"]["KycStatus"];
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        KycStatus: {
            pan: components["schemas"]["KycCheck"];
            gst: components["schemas"]["KycCheck"];
            bank_account: components["schemas"]["KycCheck"];
            aadhaar: components["schemas"]["KycCheck"];
            address: components["schemas"]["KycCheck"];
        };
        UpdateProfileRequest: {
            /** @example Asha Traders */
            name?: string;
            /** @example +919876543210 */
            phone?: string;
            /** @example Asha Traders Pvt Ltd */
            entity_name?: string | null;
            /** @example Private Limited */
            entity_type?: string | null;
            /** @example U74999MH2020PTC123456 */
            entity_reg?: string | null;
            /** @example Textiles */
            industry?: string | null;
            /** @example 12 MG Road, Pune 411001 */
            address?: string | null;
            /**
             * @description http(s) URL; null or an empty string clears it.
             * @example https://ashatraders.in
             */
            website?: (string | null) | "" | null;
        };
        NotFoundError: {
            /** @enum {string} */
            status: "error";
            /** @example Factoring unit not found. */
            message: string;
            /** @enum {string} */
            code: "NOT_FOUND";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        ConflictError: {
            /** @enum {string} */
            status: "error";
            /** @example Bid is no longer pending. */
            message: string;
            /** @enum {string} */
            code: "CONFLICT";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        VerifyPanRequest: {
            /** @example ABCPE1234F */
            pan: string;
        };
        VerifyGstRequest: {
            /** @example 27AAPFU0939F1ZV */
            gst: string;
        };
        VerifyBankRequest: {
            /** @example 50100123456789 */
            account_number: string;
            /** @example HDFC0001234 */
            ifsc: string;
        };
        VerifyAadhaarRequest: {
            /** @example 234567890124 */
            aadhaar: string;
        };
        VerifyAddressRequest: {
            /** @example 12 MG Road */
            line1: string;
            /** @example Near Camp Post Office */
            line2?: string | null;
            /** @example Pune */
            city: string;
            /** @example Maharashtra */
            state: string;
            /**
             * @description 6 digits, not starting with 0; a string or a number.
             * @example 411001
             */
            pincode: string | number;
        };
        PaginationMeta: {
            /** @example 1 */
            current_page: number;
            /** @example 20 */
            per_page: number;
            /** @example 42 */
            total: number;
            /** @example 3 */
            last_page: number;
        };
        ForbiddenError: {
            /** @enum {string} */
            status: "error";
            /** @example Only investors/financers can bid. */
            message: string;
            /** @enum {string} */
            code: "FORBIDDEN";
            /**
             * @description Also in the X-Request-Id header; quote it to support.
             * @example 0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d
             */
            request_id: string;
        };
        FactoringUnitDetail: components["schemas"]["FactoringUnit"] & {
            line_items: components["schemas"]["LineItem"][];
            bids: components["schemas"]["BidSummary"][];
        };
        LineItem: {
            /** @example 7 */
            id: number;
            /** @example Cotton yarn, 40s count */
            description: string;
            /** @example 5205 */
            hsn_code: string | null;
            /** @example 2.5 */
            quantity: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 400.2
             */
            rate: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 1000.5
             */
            amount: number;
            /** @example 18 */
            gst_rate: number | null;
        };
        CreateFactoringUnitRequest: {
            /** @example Vikram Textiles LLP */
            fu_seller: string;
            /** @example INV-2026-0042 */
            fu_invoice_no: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            fu_invoice_date: string;
            /**
             * Format: date
             * @example 2027-02-20
             */
            fu_due_date: string;
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 100000
             */
            fu_total: number | string;
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 118000
             */
            fu_invoice_total: number | string;
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 90000
             */
            fu_finance_amount: number | string;
            /**
             * @description Whole days: "90" (the seed's string) or 90.
             * @example 90
             */
            fu_tenure: string | number;
            /**
             * @description The seller's GSTIN. When given, it identifies the seller exactly (see the invoice identity rule).
             * @example 27AAPFU0939F1ZV
             */
            fu_seller_gstin?: string | null;
            /**
             * @description The buyer's GSTIN, as printed on the invoice.
             * @example 29AAGCB7383J1Z4
             */
            fu_buyer_gstin?: string | null;
            line_items?: components["schemas"]["LineItemInput"][];
        };
        LineItemInput: {
            /** @example Cotton yarn, 40s count */
            description: string;
            /** @example 5205 */
            hsn_code?: string | null;
            /**
             * @description Up to 3 decimals; a number or a numeric string ("2.5").
             * @example 10
             */
            quantity: number | string;
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 500
             */
            rate: number | string;
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 5000
             */
            amount: number | string;
            /**
             * @description Percent, at most 2 decimals: a number or a numeric string ("12.5").
             * @example 18
             */
            gst_rate?: number | string;
        };
        PlaceBidRequest: {
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 90000
             */
            bid_amount: number | string;
            /**
             * @description Percent, at most 2 decimals: a number or a numeric string ("12.5").
             * @example 12.5
             */
            bid_percentage: number | string;
            /**
             * @description Whole days: "90" (the seed's string) or 90.
             * @example 90
             */
            bid_tenure: string | number;
            /**
             * Format: date-time
             * @description When the bid lapses (ISO 8601 date-time with offset). Default and latest: BID_VALIDITY_DAYS (7) from now.
             * @example 2026-12-05T18:30:00+05:30
             */
            valid_until?: string;
        };
        DecideBidRequest: {
            /** @enum {string} */
            status: "Accepted" | "Rejected";
            /** @example Best rate, accepted. */
            remark?: string | null;
        };
        OwnerDashboard: {
            /** @enum {string} */
            role: "buyer" | "seller" | "admin";
            factoring_units: {
                /** @example 1 */
                Bidding: number;
                /** @example 1 */
                Financed: number;
                /** @example 0 */
                Overdue: number;
                /** @example 1 */
                Repaid: number;
                /** @example 1 */
                Cancelled: number;
                /** @example 0 */
                Expired: number;
                /** @example 4 */
                total: number;
            };
            /**
             * @description Sum of accepted bids on my units, rupees.
             * @example 50000
             */
            total_financed: number;
            /**
             * @description What I owe today on financed and overdue units (per-day interest).
             * @example 20400
             */
            total_repayment_due: number;
            pending_bids: {
                /** @example 2 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 12000
                 */
                amount: number;
            };
            upcoming_repayments: {
                /** @example 42 */
                factoring_unit_id: number;
                /** @example INV-2026-0042 */
                fu_invoice_no: string;
                /**
                 * Format: date
                 * @example 2027-02-20
                 */
                due_date: string;
                /**
                 * @description What is owed today (per-day interest, as the unit's repayment_amount).
                 * @example 90616.44
                 */
                amount: number;
                /** @enum {string} */
                status: "Financed" | "Overdue";
            }[];
            wallet: components["schemas"]["Wallet"];
        };
        Wallet: {
            /**
             * @description Rupees: available + on hold.
             * @example 50000
             */
            balance: number;
            /** @enum {string} */
            currency: "INR";
            /**
             * @description Set aside for pending bids and withdrawals.
             * @example 10000
             */
            on_hold: number;
            /** @example 40000 */
            available: number;
        };
        FunderDashboard: {
            /** @enum {string} */
            role: "investor" | "financer";
            wallet: components["schemas"]["Wallet"];
            active_bids: {
                /** @example 2 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 12000
                 */
                amount: number;
            };
            accepted_bids: {
                /** @example 2 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 12000
                 */
                amount: number;
            };
            /**
             * @description All accepted bids, rupees.
             * @example 50000
             */
            total_deployed: number;
            /**
             * @description Principal not yet repaid.
             * @example 20000
             */
            outstanding: number;
            /**
             * @description Interest on financed and overdue units if they are repaid at the end of their bid tenure (early repayment pays less, at least MIN_INTEREST_DAYS).
             * @example 400
             */
            expected_returns: number;
            /**
             * @description What owners actually repaid me.
             * @example 30720
             */
            total_received: number;
            upcoming_repayments: {
                /** @example 42 */
                factoring_unit_id: number;
                /** @example INV-2026-0042 */
                fu_invoice_no: string;
                /**
                 * Format: date
                 * @example 2027-02-20
                 */
                due_date: string;
                /**
                 * @description What is owed today (per-day interest, as the unit's repayment_amount).
                 * @example 90616.44
                 */
                amount: number;
                /** @enum {string} */
                status: "Financed" | "Overdue";
            }[];
        };
        PaymentOrder: {
            /** @example 17 */
            payment_id: number;
            /** @example order_9A33XWu170gUtm */
            order_id: string;
            /** @example 50000 */
            amount: number;
            /** @enum {string} */
            currency: "INR";
            /** @example rzp_test_hundisandbox */
            key_id: string;
            /** @enum {string} */
            status: "created";
        };
        CreateOrderRequest: {
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 50000
             */
            amount: number | string;
            /**
             * @default wallet_topup
             * @enum {string}
             */
            type: "wallet_topup" | "bid_deposit";
        };
        PaymentVerification: {
            payment: components["schemas"]["Payment"];
            wallet: components["schemas"]["Wallet"];
        };
        VerifyPaymentRequest: {
            /**
             * @description From /payments/create-order. An integer, or a string of digits ("3").
             * @example 17
             */
            payment_id: number | string;
            /** @example pay_29QQoUBi66xm2f */
            razorpay_payment_id: string;
            /** @example order_9A33XWu170gUtm */
            razorpay_order_id: string;
            /** @example 9ef4dffbfd84f1318f6739a3ce19f9d85851857ae648f114332d8401e0949a3d */
            razorpay_signature: string;
        };
        WalletTransaction: {
            /** @example 301 */
            id: number;
            /** @example 150 */
            transaction_id: number;
            /** @example wallet_topup */
            kind: string;
            /** @enum {string} */
            account: "wallet" | "on_hold";
            /**
             * @description Signed rupees: positive adds to this part of the wallet.
             * @example 50000
             */
            amount: number;
            /** @example Wallet top-up via Razorpay */
            description: string;
            reference: {
                /** @example payment */
                type: string;
                /** @example 17 */
                id: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        WithdrawalResult: {
            withdrawal: components["schemas"]["Withdrawal"];
            wallet: components["schemas"]["Wallet"];
        };
        WithdrawRequest: {
            /**
             * @description Rupees, at most 2 decimals: a JSON number or a numeric string ("10000.50"); no exponents or hex.
             * @example 10000
             */
            amount: number | string;
        };
        RazorpayWebhook: {
            /** @example payment.captured */
            event: string;
            payload: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        Notification: {
            /** @example 12 */
            id: number;
            /** @example account.approved */
            type: string;
            /** @example Account approved */
            title: string;
            /** @example Your Hundi account is active. You can now trade on the marketplace. */
            body: string;
            data: {
                [key: string]: unknown;
            };
            is_read: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            read_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        NotificationsMeta: components["schemas"]["PaginationMeta"] & {
            /** @example 3 */
            unread_count: number;
        };
        FcmTokenRequest: {
            /** @example fcm-device-token */
            fcm_token: string;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The whole key. Shown once: store it now.
             * @example hk_live_4fT9cQ2mZx1aR8kLw3Nv5Bp7Tq0Ys2Df6Gh9Jk1Xy7Q
             */
            secret: string;
        };
        ApiKey: {
            /** @example 4 */
            id: number;
            /** @example Tally ERP sync */
            name: string;
            /**
             * @description Masked: the prefix and the last four characters.
             * @example hk_live_4fT9cQ2mZx1a••••••••Xy7Q
             */
            key: string;
            scopes: ("read" | "trade" | "payments")[];
            /**
             * @description `test` keys come from servers with sandbox gateways; production refuses them.
             * @enum {string}
             */
            mode: "live" | "test";
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        CreateApiKeyRequest: {
            /** @example Tally ERP sync */
            name: string;
            /**
             * @description `read`: every GET; `trade`: list and cancel units, place, decide and withdraw bids, repay; `payments`: top-ups and withdrawals.
             * @example [
             *       "read",
             *       "trade"
             *     ]
             */
            scopes: ("read" | "trade" | "payments")[];
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret (Standard Webhooks). Shown once: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3bQ1Ue8mXkE=
             */
            secret: string;
        };
        WebhookEndpoint: {
            /** @example 3 */
            id: number;
            /** @example https://erp.example.in/hooks/hundi */
            url: string;
            /** @example Tally sync */
            description: string | null;
            events: ("factoring_unit.created" | "factoring_unit.financed" | "factoring_unit.repaid" | "factoring_unit.overdue" | "factoring_unit.cancelled" | "factoring_unit.expired" | "bid.placed" | "bid.accepted" | "bid.rejected" | "bid.withdrawn" | "bid.expired" | "payment.credited" | "payment.failed" | "withdrawal.settled" | "withdrawal.failed" | "kyc.verified" | "kyc.failed" | "account.approved" | "account.rejected" | "account.suspended" | "account.reactivated")[];
            enabled: boolean;
            /**
             * @description Why it is disabled: by its owner, or automatically after 24 hours of failures.
             * @example null
             */
            disabled_reason: string | null;
            /**
             * Format: date-time
             * @description When its current run of failed attempts began; null after any success.
             * @example 2026-11-23T08:00:00.000Z
             */
            failing_since: string | null;
            /**
             * Format: date-time
             * @description Until then, the secret before the last rotation also signs every delivery.
             * @example 2026-11-23T08:00:00.000Z
             */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            updated_at: string;
        };
        CreateWebhookEndpointRequest: {
            /**
             * @description Where events are POSTed. Production: `https` to a public address only (checked again at every attempt); elsewhere `http` and loopback too.
             * @example https://erp.example.in/hooks/hundi
             */
            url: string;
            /**
             * @description The events to receive. `factoring_unit.created`: A unit of yours was listed.; `factoring_unit.financed`: A unit of yours, or one you funded, was financed.; `factoring_unit.repaid`: A unit of yours, or one you funded, was repaid.; `factoring_unit.overdue`: A unit of yours, or one you funded, passed its due date unpaid.; `factoring_unit.cancelled`: A unit of yours was cancelled.; `factoring_unit.expired`: A unit of yours expired unfinanced.; `bid.placed`: You placed a bid, or one was placed on your unit.; `bid.accepted`: Your bid, or a bid on your unit, was accepted.; `bid.rejected`: Your bid, or a bid on your unit, was rejected (by the owner, or because another was accepted).; `bid.withdrawn`: Your bid, or a bid on your unit, was withdrawn by its bidder.; `bid.expired`: Your bid, or a bid on your unit, lapsed.; `payment.credited`: A top-up of yours was paid and credited.; `payment.failed`: A top-up of yours failed.; `withdrawal.settled`: A withdrawal of yours reached your bank.; `withdrawal.failed`: A withdrawal of yours failed; the money is back in your wallet.; `kyc.verified`: A KYC check of yours was verified.; `kyc.failed`: A KYC check of yours failed.; `account.approved`: Your account was approved.; `account.rejected`: Your account was rejected.; `account.suspended`: Your account was suspended.; `account.reactivated`: Your account was reactivated after a suspension..
             * @example [
             *       "bid.accepted",
             *       "factoring_unit.financed"
             *     ]
             */
            events: ("factoring_unit.created" | "factoring_unit.financed" | "factoring_unit.repaid" | "factoring_unit.overdue" | "factoring_unit.cancelled" | "factoring_unit.expired" | "bid.placed" | "bid.accepted" | "bid.rejected" | "bid.withdrawn" | "bid.expired" | "payment.credited" | "payment.failed" | "withdrawal.settled" | "withdrawal.failed" | "kyc.verified" | "kyc.failed" | "account.approved" | "account.rejected" | "account.suspended" | "account.reactivated")[];
            /** @example Tally sync */
            description?: string | null;
        };
        UpdateWebhookEndpointRequest: {
            /**
             * @description Where events are POSTed. Production: `https` to a public address only (checked again at every attempt); elsewhere `http` and loopback too.
             * @example https://erp.example.in/hooks/hundi
             */
            url?: string;
            /**
             * @description The events to receive. `factoring_unit.created`: A unit of yours was listed.; `factoring_unit.financed`: A unit of yours, or one you funded, was financed.; `factoring_unit.repaid`: A unit of yours, or one you funded, was repaid.; `factoring_unit.overdue`: A unit of yours, or one you funded, passed its due date unpaid.; `factoring_unit.cancelled`: A unit of yours was cancelled.; `factoring_unit.expired`: A unit of yours expired unfinanced.; `bid.placed`: You placed a bid, or one was placed on your unit.; `bid.accepted`: Your bid, or a bid on your unit, was accepted.; `bid.rejected`: Your bid, or a bid on your unit, was rejected (by the owner, or because another was accepted).; `bid.withdrawn`: Your bid, or a bid on your unit, was withdrawn by its bidder.; `bid.expired`: Your bid, or a bid on your unit, lapsed.; `payment.credited`: A top-up of yours was paid and credited.; `payment.failed`: A top-up of yours failed.; `withdrawal.settled`: A withdrawal of yours reached your bank.; `withdrawal.failed`: A withdrawal of yours failed; the money is back in your wallet.; `kyc.verified`: A KYC check of yours was verified.; `kyc.failed`: A KYC check of yours failed.; `account.approved`: Your account was approved.; `account.rejected`: Your account was rejected.; `account.suspended`: Your account was suspended.; `account.reactivated`: Your account was reactivated after a suspension..
             * @example [
             *       "bid.accepted",
             *       "factoring_unit.financed"
             *     ]
             */
            events?: ("factoring_unit.created" | "factoring_unit.financed" | "factoring_unit.repaid" | "factoring_unit.overdue" | "factoring_unit.cancelled" | "factoring_unit.expired" | "bid.placed" | "bid.accepted" | "bid.rejected" | "bid.withdrawn" | "bid.expired" | "payment.credited" | "payment.failed" | "withdrawal.settled" | "withdrawal.failed" | "kyc.verified" | "kyc.failed" | "account.approved" | "account.rejected" | "account.suspended" | "account.reactivated")[];
            /** @description Enabling an endpoint again restarts its 24-hour failing clock. */
            enabled?: boolean;
            /** @example Tally sync */
            description?: string | null;
        };
        WebhookDelivery: {
            /** @example 812 */
            id: number;
            /**
             * @description The event's id: its `webhook-id` header and `id` field, the same on every retry and replay.
             * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
             */
            event_id: string;
            /** @example bid.accepted */
            event_type: string;
            /** @example 3 */
            endpoint_id: number;
            /**
             * @description `pending`: not sent yet, or failed and due again at `next_attempt_at`. `failed`: every attempt failed (or the endpoint was disabled).
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * @description Attempts made so far (replays included).
             * @example 1
             */
            attempts: number;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            last_attempt_at: string | null;
            /**
             * @description The receiver's HTTP status at the last attempt; null when it did not answer.
             * @example 200
             */
            last_response_status: number | null;
            /** @example 84 */
            last_latency_ms: number | null;
            /** @example HTTP 503: maintenance */
            last_error: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            next_attempt_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        AdminUser: {
            /** @example 1 */
            id: number;
            /** @example Asha Traders */
            name: string;
            /**
             * Format: email
             * @example asha@example.com
             */
            email: string;
            /** @example +919876543210 */
            phone: string;
            /** @enum {string} */
            role: "buyer" | "seller" | "investor" | "financer" | "admin";
            /** @enum {string} */
            status: "pending" | "active" | "rejected" | "suspended";
            /**
             * @description Masked: only the last four characters are shown.
             * @example XXXXXX234F
             */
            pan: string | null;
            /** @example Asha Traders Pvt Ltd */
            entity_name: string | null;
            /** @example Private Limited */
            entity_type: string | null;
            /** @example U74999MH2020PTC123456 */
            entity_reg: string | null;
            /** @example Textiles */
            industry: string | null;
            /** @example 12 MG Road, Pune 411001 */
            address: string | null;
            /** @example https://ashatraders.in */
            website: string | null;
            /**
             * @description Why the account was rejected or suspended.
             * @example null
             */
            status_reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            updated_at: string;
        };
        AdminUserDetail: components["schemas"]["AdminUser"] & {
            kyc_status: components["schemas"]["KycStatus"];
            wallet: components["schemas"]["Wallet"];
            counts: {
                /** @example 3 */
                factoring_units: number;
                /**
                 * @example {
                 *       "Bidding": 2,
                 *       "Financed": 1
                 *     }
                 */
                factoring_units_by_status: {
                    [key: string]: number;
                };
                /** @example 0 */
                factoring_units_funded: number;
                /** @example 5 */
                bids: number;
                /**
                 * @example {
                 *       "Bidding": 2,
                 *       "Financed": 1
                 *     }
                 */
                bids_by_status: {
                    [key: string]: number;
                };
                /** @example 0 */
                withdrawals_processing: number;
            };
        };
        AdminReasonRequest: {
            /**
             * @description Required for reject and suspend; told to the user.
             * @example PAN does not match the registered entity
             */
            reason?: string;
        };
        AdminKycCheck: {
            /** @example 31 */
            id: number;
            user: {
                /** @example 12 */
                id: number;
                /** @example Asha Traders */
                name: string;
                /** @example asha@example.com */
                email: string;
                /** @enum {string} */
                status: "pending" | "active" | "rejected" | "suspended";
            };
            /** @enum {string} */
            type: "pan" | "gst" | "bank_account" | "aadhaar" | "address";
            /** @enum {string} */
            status: "pending" | "verified" | "failed";
            /**
             * @description Masked values only.
             * @example {
             *       "pan": "XXXXXX234F"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /** @example Name mismatch */
            failure_reason: string | null;
            /** @example sandbox-pan-1a2b3c */
            provider_ref: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            verified_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            updated_at: string;
        };
        KycDecisionRequest: {
            /**
             * @example verified
             * @enum {string}
             */
            status: "verified" | "failed";
            /**
             * @description Kept in the audit log; for `failed`, also the reason the user sees in /kyc/status.
             * @example PAN card checked by hand against the NSDL record
             */
            note: string;
        };
        AdminWithdrawal: components["schemas"]["Withdrawal"] & {
            /** @example 12 */
            user_id: number;
        };
        FailWithdrawalRequest: {
            /**
             * @description Told to the user; defaults to `Payout failed (settled by operator).`
             * @example Beneficiary account closed
             */
            reason?: string;
        };
        AdminWebhookEvent: {
            /** @example 7 */
            id: number;
            /** @example evt_29QQoUBi66xm2f */
            event_id: string;
            /** @example payment.captured */
            event: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            processed_at: string | null;
            /** @example connection terminated unexpectedly */
            processing_error: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
            /**
             * @example {
             *       "event": "payment.captured",
             *       "payload": {}
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
        };
        AdminIdempotencyKey: {
            /** @example 88 */
            id: number;
            /** @example 12 */
            user_id: number;
            /** @example POST /bids/{fuId} */
            scope: string;
            /** @example 3f1c2a9e-bid-7 */
            key: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            /** @example null */
            response_status: number | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
        AdminLedgerAccount: {
            /** @example 3 */
            id: number;
            /** @example platform:platform_fees */
            code: string;
            /** @enum {string} */
            type: "user_wallet" | "user_holds" | "razorpay_clearing" | "platform_fees" | "gst_payable" | "payouts_in_transit";
            /** @example null */
            user_id: number | null;
            /**
             * @description Rupees: the sum of the account's entries.
             * @example 1250.5
             */
            balance: number;
            /**
             * @description Paise (signed: credits positive).
             * @example 125050
             */
            balance_paise: number;
            /** @example 42 */
            entry_count: number;
            entries: {
                /** @example 901 */
                id: number;
                /** @example 450 */
                transaction_id: number;
                /** @example factoring_unit:9:financing */
                reference: string;
                /** @example hold_capture */
                kind: string;
                /** @example Factoring unit financed */
                description: string;
                /**
                 * @description Paise (signed: credits positive).
                 * @example 90000
                 */
                amount_paise: number;
                /**
                 * Format: date-time
                 * @example 2026-11-23T08:00:00.000Z
                 */
                created_at: string;
            }[];
        };
        AdminLedgerTransaction: {
            /** @example 450 */
            id: number;
            /** @example payment:17:captured */
            reference: string;
            /** @example wallet_topup */
            kind: string;
            /** @example payment */
            business_type: string;
            /** @example 17 */
            business_id: string;
            /** @example Wallet top-up via Razorpay */
            description: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
            entries: {
                /** @example user:12:wallet */
                account: string;
                /**
                 * @description Paise (signed: credits positive).
                 * @example 5000000
                 */
                amount_paise: number;
            }[];
        };
        LedgerCheckResult: {
            /** @example true */
            ok: boolean;
            /** @example 1200 */
            transactions: number;
            /** @example 310 */
            accounts: number;
            problems: {
                /** @example unbalanced_transaction */
                kind: string;
                /** @example 450 */
                id: string;
                /** @example entries sum to 100 */
                detail: string;
            }[];
        };
        PlatformReport: {
            period: {
                /**
                 * Format: date-time
                 * @example 2026-10-31T18:30:00.000Z
                 */
                from: string;
                /**
                 * Format: date-time
                 * @example 2026-11-30T18:30:00.000Z
                 */
                to: string;
            };
            /** @enum {string} */
            currency: "INR";
            /**
             * @description Rupees, at most 2 decimals.
             * @example 12500
             */
            fees_collected: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 2250
             */
            gst_collected: number;
            financed: {
                /** @example 14 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 1250000
                 */
                principal: number;
            };
            repaid: {
                /** @example 9 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 830000
                 */
                amount: number;
            };
            listed: {
                /** @example 40 */
                count: number;
            };
            /**
             * @description Rupees, at most 2 decimals.
             * @example 2000000
             */
            wallet_topups: number;
            /**
             * @description Rupees, at most 2 decimals.
             * @example 450000
             */
            withdrawals_settled: number;
            outstanding: {
                /** @example 5 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 420000
                 */
                principal: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 431000
                 */
                repayment_due: number;
            };
            overdue: {
                /** @example 1 */
                count: number;
                /**
                 * @description Rupees, at most 2 decimals.
                 * @example 86000
                 */
                repayment_due: number;
            };
        };
        AuditLogEntry: {
            /** @example 501 */
            id: number;
            /** @example admin:3 */
            actor: string;
            /** @example 3 */
            actor_user_id: number | null;
            /** @example user.suspend */
            action: string;
            /** @example user */
            target_type: string;
            /** @example 12 */
            target_id: string | null;
            /**
             * @example {
             *       "from": "active",
             *       "to": "suspended",
             *       "reason": "Chargeback fraud"
             *     }
             */
            details?: unknown;
            /** @example b3c1d6f0-4a53-4d7e-9a55-0f3e1e9c2c11 */
            request_id: string | null;
            /** @example 203.0.113.7 */
            ip: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            created_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: {
                            /** @enum {string} */
                            status: "ok";
                            /** @example 3600 */
                            uptime_seconds: number;
                        };
                    };
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready for traffic. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: {
                            /** @enum {string} */
                            database: "ok";
                            /** @enum {string} */
                            migrations: "applied";
                        };
                    };
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RegisterRequest"];
                "multipart/form-data": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Registered; account pending approval. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Registration successful. Account pending approval. */
                        message: string;
                        data: components["schemas"]["Session"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
                "multipart/form-data": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Login successful. */
                        message: string;
                        data: components["schemas"]["Session"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Wrong email or wrong password (the same answer for both). */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidCredentialsResponse"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is revoked. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Logged out successfully. */
                        message: string;
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new token. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Token refreshed. */
                        message: string;
                        data: components["schemas"]["AccessToken"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ChangePasswordRequest"];
                "multipart/form-data": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Password changed. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Password changed successfully. */
                        message: string;
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ForgotPasswordRequest"];
                "multipart/form-data": components["schemas"]["ForgotPasswordRequest"];
            };
        };
        responses: {
            /** @description If the account exists, a code is on its way. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example If an account exists for this e-mail, a reset code has been sent to it. */
                        message: string;
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ResetPasswordRequest"];
                "multipart/form-data": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description Password changed; every token of the account is revoked. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Password reset successfully. Log in with your new password. */
                        message: string;
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAuthProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Profile"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    putAuthProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileRequest"];
                "multipart/form-data": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Profile updated successfully. */
                        message: string;
                        data: components["schemas"]["Profile"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAuthProfilePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image bytes. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAuthProfilePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    photo: string;
                };
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Profile photo updated successfully. */
                        message: string;
                        data: components["schemas"]["Profile"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getKycStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description pan, gst, bank_account, aadhaar, address. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["KycStatus"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postKycVerifyPan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyPanRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyPanRequest"];
                "multipart/form-data": components["schemas"]["VerifyPanRequest"];
            };
        };
        responses: {
            /** @description The check after verification: `status` is `verified` ("PAN verified successfully."), or `failed` with `failure_reason` when the registry rejects it ("PAN verification failed."). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example PAN verified successfully. */
                        message: string;
                        data: components["schemas"]["KycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postKycVerifyGst: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyGstRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyGstRequest"];
                "multipart/form-data": components["schemas"]["VerifyGstRequest"];
            };
        };
        responses: {
            /** @description The check after verification: `status` is `verified` ("GSTIN verified successfully."), or `failed` with `failure_reason` when the registry rejects it ("GSTIN verification failed."). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example GSTIN verified successfully. */
                        message: string;
                        data: components["schemas"]["KycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postKycVerifyBank: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyBankRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyBankRequest"];
                "multipart/form-data": components["schemas"]["VerifyBankRequest"];
            };
        };
        responses: {
            /** @description The check after verification: `status` is `verified` ("Bank account verified successfully."), or `failed` with `failure_reason` when the registry rejects it ("Bank account verification failed."). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Bank account verified successfully. */
                        message: string;
                        data: components["schemas"]["KycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postKycVerifyAadhaar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyAadhaarRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyAadhaarRequest"];
                "multipart/form-data": components["schemas"]["VerifyAadhaarRequest"];
            };
        };
        responses: {
            /** @description The check after verification: `status` is `verified` ("Aadhaar verified successfully."), or `failed` with `failure_reason` when the registry rejects it ("Aadhaar verification failed."). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Aadhaar verified successfully. */
                        message: string;
                        data: components["schemas"]["KycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postKycVerifyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyAddressRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyAddressRequest"];
                "multipart/form-data": components["schemas"]["VerifyAddressRequest"];
            };
        };
        responses: {
            /** @description The check after verification: `status` is `verified` ("Address verified successfully."), or `failed` with `failure_reason` when the registry rejects it ("Address verification failed."). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Address verified successfully. */
                        message: string;
                        data: components["schemas"]["KycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getFactoringUnits: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                status?: "Bidding" | "Financed" | "Overdue" | "Repaid" | "Cancelled" | "Expired";
                /** @description Minimum invoice total, rupees. */
                min_amount?: number | string;
                /** @description Maximum invoice total, rupees. */
                max_amount?: number | string;
                /** @description By invoice total, or newest first (default). */
                sort?: "amount_asc" | "amount_desc" | "newest";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of units. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["FactoringUnit"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postFactoringUnits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFactoringUnitRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CreateFactoringUnitRequest"];
                "multipart/form-data": components["schemas"]["CreateFactoringUnitRequest"];
            };
        };
        responses: {
            /** @description Listed, open for bidding. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Factoring unit created successfully. */
                        message: string;
                        data: components["schemas"]["FactoringUnitDetail"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getFactoringUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["FactoringUnitDetail"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postFactoringUnitsIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Factoring unit cancelled. */
                        message: string;
                        data: components["schemas"]["FactoringUnitDetail"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postFactoringUnitsIdRepay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Repaid. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Factoring unit repaid. */
                        message: string;
                        data: components["schemas"]["FactoringUnitDetail"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getBids: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                status?: "Pending" | "Accepted" | "Rejected" | "Withdrawn" | "Expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Bid"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postBidsFuId: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                fuId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceBidRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PlaceBidRequest"];
                "multipart/form-data": components["schemas"]["PlaceBidRequest"];
            };
        };
        responses: {
            /** @description Bid placed, amount on hold. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Bid placed successfully. */
                        message: string;
                        data: components["schemas"]["BidSummary"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    putBidsBidIdStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                bidId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideBidRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DecideBidRequest"];
                "multipart/form-data": components["schemas"]["DecideBidRequest"];
            };
        };
        responses: {
            /** @description The bid after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Bid accepted. */
                        message: string;
                        data: components["schemas"]["BidSummary"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postBidsBidIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                bidId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Bid withdrawn. */
                        message: string;
                        data: components["schemas"]["BidSummary"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures in rupees. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["OwnerDashboard"] | components["schemas"]["FunderDashboard"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postPaymentsCreateOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CreateOrderRequest"];
                "multipart/form-data": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description Order created. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Order created. */
                        message: string;
                        data: components["schemas"]["PaymentOrder"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postPaymentsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyPaymentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["VerifyPaymentRequest"];
                "multipart/form-data": components["schemas"]["VerifyPaymentRequest"];
            };
        };
        responses: {
            /** @description Paid and credited. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Payment verified and wallet credited. */
                        message: string;
                        data: components["schemas"]["PaymentVerification"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getPaymentsHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Payment"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getPaymentsWallet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rupees. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Wallet"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getPaymentsWalletTransactions: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["WalletTransaction"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postPaymentsWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WithdrawRequest"];
                "multipart/form-data": components["schemas"]["WithdrawRequest"];
            };
        };
        responses: {
            /** @description Withdrawal requested (`processing`), or already `processed`/`failed`. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Withdrawal requested. */
                        message: string;
                        data: components["schemas"]["WithdrawalResult"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getPaymentsWithdrawals: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Withdrawal"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postPaymentsWebhook: {
        parameters: {
            query?: never;
            header: {
                "X-Razorpay-Signature": string;
                "X-Razorpay-Event-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RazorpayWebhook"];
                "application/x-www-form-urlencoded": components["schemas"]["RazorpayWebhook"];
                "multipart/form-data": components["schemas"]["RazorpayWebhook"];
            };
        };
        responses: {
            /** @description Stored (and applied). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Webhook received. */
                        message: string;
                        data: {
                            duplicate: boolean;
                            /** @example payment 17 credited */
                            result: string;
                        };
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                /** @description Only unread notifications. */
                unread?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; `meta.unread_count` counts all unread. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["Notification"][];
                        meta: components["schemas"]["NotificationsMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    putNotificationsIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Notification marked as read. */
                        message: string;
                        data: components["schemas"]["Notification"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postNotificationsMarkAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example All notifications marked as read. */
                        message: string;
                        data: {
                            /** @example 3 */
                            updated: number;
                        };
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postNotificationsFcmToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FcmTokenRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FcmTokenRequest"];
                "multipart/form-data": components["schemas"]["FcmTokenRequest"];
            };
        };
        responses: {
            /** @description Registered. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example FCM token updated successfully. */
                        message: string;
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CreateApiKeyRequest"];
                "multipart/form-data": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example API key created. Store the secret now: it is not shown again. */
                        message: string;
                        data: components["schemas"]["CreatedApiKey"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteApiKeysKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example API key revoked. */
                        message: string;
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CreateWebhookEndpointRequest"];
                "multipart/form-data": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Webhook endpoint created. Store the secret now: it is not shown again. */
                        message: string;
                        data: components["schemas"]["WebhookEndpointWithSecret"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getWebhookEndpointsEndpointId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint (never its secret). */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteWebhookEndpointsEndpointId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: nothing more is sent to it. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Webhook endpoint deleted. */
                        message: string;
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    patchWebhookEndpointsEndpointId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateWebhookEndpointRequest"];
                "multipart/form-data": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint as changed. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Webhook endpoint updated. */
                        message: string;
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postWebhookEndpointsEndpointIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery: `succeeded` or `failed` with the receiver's status or the error. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["WebhookDelivery"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postWebhookEndpointsEndpointIdRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Secret rotated. Store the new secret now: it is not shown again. */
                        message: string;
                        data: components["schemas"]["WebhookEndpointWithSecret"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getWebhookEndpointsEndpointIdDeliveries: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                status?: "pending" | "succeeded" | "failed";
                event_type?: "factoring_unit.created" | "factoring_unit.financed" | "factoring_unit.repaid" | "factoring_unit.overdue" | "factoring_unit.cancelled" | "factoring_unit.expired" | "bid.placed" | "bid.accepted" | "bid.rejected" | "bid.withdrawn" | "bid.expired" | "payment.credited" | "payment.failed" | "withdrawal.settled" | "withdrawal.failed" | "kyc.verified" | "kyc.failed" | "account.approved" | "account.rejected" | "account.suspended" | "account.reactivated" | "webhook.test";
            };
            header?: never;
            path: {
                endpointId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["WebhookDelivery"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postWebhookDeliveriesDeliveryIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the delivery log shows the outcome. */
            202: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Delivery queued. */
                        message: string;
                        data: components["schemas"]["WebhookDelivery"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                status?: "pending" | "active" | "rejected" | "suspended";
                role?: "buyer" | "seller" | "investor" | "financer" | "admin";
                /** @description Name or e-mail (contains, any case), phone digits, or the last 4 characters of the PAN. */
                q?: string;
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. */
                created_from?: string;
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. A day includes its whole day; an instant is exclusive. */
                created_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminUser"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminUsersUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminUserDetail"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminUsersUserIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AdminReasonRequest"];
                "multipart/form-data": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description The account after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example User approved. */
                        message: string;
                        data: components["schemas"]["AdminUser"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminUsersUserIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AdminReasonRequest"];
                "multipart/form-data": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description The account after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example User rejected. */
                        message: string;
                        data: components["schemas"]["AdminUser"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminUsersUserIdSuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AdminReasonRequest"];
                "multipart/form-data": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description The account after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example User suspended. */
                        message: string;
                        data: components["schemas"]["AdminUser"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminUsersUserIdReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AdminReasonRequest"];
                "multipart/form-data": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description The account after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example User reactivated. */
                        message: string;
                        data: components["schemas"]["AdminUser"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminKycChecks: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                /** @description Both when absent. */
                status?: "failed" | "pending";
                type?: "pan" | "gst" | "bank_account" | "aadhaar" | "address";
                /** @description Only this user's checks. An integer, or a string of digits ("3"). */
                user_id?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of checks. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminKycCheck"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminKycChecksCheckIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                checkId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycDecisionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["KycDecisionRequest"];
                "multipart/form-data": components["schemas"]["KycDecisionRequest"];
            };
        };
        responses: {
            /** @description The check after the decision. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example KYC decision recorded. */
                        message: string;
                        data: components["schemas"]["AdminKycCheck"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminWithdrawals: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                status?: "processing" | "processed" | "failed";
                /** @description Only this user's withdrawals. An integer, or a string of digits ("3"). */
                user_id?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of withdrawals. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminWithdrawal"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminWithdrawalsWithdrawalIdSettle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                withdrawalId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawal after settling. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Withdrawal settled. */
                        message: string;
                        data: components["schemas"]["AdminWithdrawal"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminWithdrawalsWithdrawalIdFail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                withdrawalId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailWithdrawalRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FailWithdrawalRequest"];
                "multipart/form-data": components["schemas"]["FailWithdrawalRequest"];
            };
        };
        responses: {
            /** @description The withdrawal after settling. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Withdrawal failed. */
                        message: string;
                        data: components["schemas"]["AdminWithdrawal"];
                    };
                };
            };
            /** @description Malformed body, or a webhook without a valid signature. */
            400: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Body over 1 MB, or too many form fields. */
            413: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description A body that is not JSON or a form. */
            415: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminWebhookEvents: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                /** @description `failed`: an error was recorded (default); `unprocessed`: not applied yet. */
                status?: "failed" | "unprocessed" | "processed" | "all";
                event?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminWebhookEvent"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminWebhookEventsEventIdReprocess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event after re-processing, and what it did. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Webhook event re-processed. */
                        message: string;
                        data: {
                            event: components["schemas"]["AdminWebhookEvent"];
                            /** @example payment 17 credited */
                            result: string;
                        };
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminIdempotencyKeys: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                /** @description `stuck`: in progress for over 2 minutes (default). */
                status?: "stuck" | "in_progress" | "completed";
                /** @description Only this user's keys. An integer, or a string of digits ("3"). */
                user_id?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, oldest first. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminIdempotencyKey"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteAdminIdempotencyKeysKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released key. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @example Idempotency key released. */
                        message: string;
                        data: components["schemas"]["AdminIdempotencyKey"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Conflicts with the current state (or an Idempotency-Key still in flight). */
            409: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminLedgerAccountsAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A numeric id or an account code (`user:12:wallet`, `user:12:holds`, `platform:platform_fees`, `platform:gst_payable`, `platform:razorpay_clearing`, `platform:payouts_in_transit`). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminLedgerAccount"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found, or not the caller's (never a leak of someone else's resource). */
            404: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminLedgerTransactions: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                reference?: string;
                business_type?: string;
                business_id?: string;
                kind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transactions. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AdminLedgerTransaction"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    postAdminLedgerCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check's result. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["LedgerCheckResult"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminReportsPlatform: {
        parameters: {
            query?: {
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. */
                from?: string;
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. A day includes its whole day; an instant is exclusive. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["PlatformReport"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAdminAuditLog: {
        parameters: {
            query?: {
                /** @description 1-based page number. An integer, or a string of digits ("3"). */
                page?: number | string;
                /** @description Items per page (default 20). An integer, or a string of digits ("3"). */
                per_page?: number | string;
                /** @description `admin:<id>`, `cli:<OS user>`, `user:<id>`, or a prefix ending in `:` (`cli:`). */
                actor?: string;
                /** @description `<type>:<id>` or a type alone (`withdrawal`). */
                target?: string;
                /** @description An action or a prefix ending in `.` (`user.`). */
                action?: string;
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. */
                from?: string;
                /** @description A day in India (YYYY-MM-DD) or an ISO 8601 instant. A day includes its whole day; an instant is exclusive. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        data: components["schemas"]["AuditLogEntry"][];
                        meta: components["schemas"]["PaginationMeta"];
                    };
                };
            };
            /** @description Missing, malformed, expired or revoked token. */
            401: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedResponse"];
                };
            };
            /** @description The caller may not do this (role, account status, KYC). */
            403: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Validation failed: every failing field, keyed by field name. */
            422: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorResponse"];
                };
            };
            /** @description Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description Unexpected error; details only in the server log, under the request id. */
            500: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance. */
            503: {
                headers: {
                    /** @description Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token. */
                    "X-Request-Id"?: string;
                    /** @description Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints). */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute. */
                    "X-RateLimit-Remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    webhookFactoringUnitCreated: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.created";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookFactoringUnitFinanced: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.financed";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookFactoringUnitRepaid: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.repaid";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookFactoringUnitOverdue: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.overdue";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookFactoringUnitCancelled: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.cancelled";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookFactoringUnitExpired: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "factoring_unit.expired";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["FactoringUnit"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookBidPlaced: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "bid.placed";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Bid"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookBidAccepted: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "bid.accepted";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Bid"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookBidRejected: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "bid.rejected";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Bid"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookBidWithdrawn: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "bid.withdrawn";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Bid"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookBidExpired: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "bid.expired";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Bid"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPaymentCredited: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "payment.credited";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Payment"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPaymentFailed: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "payment.failed";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Payment"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookWithdrawalSettled: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "withdrawal.settled";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Withdrawal"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookWithdrawalFailed: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "withdrawal.failed";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["Withdrawal"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookKycVerified: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "kyc.verified";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["KycCheckEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookKycFailed: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "kyc.failed";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["KycCheckEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookAccountApproved: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "account.approved";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["AccountEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookAccountRejected: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "account.rejected";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["AccountEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookAccountSuspended: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "account.suspended";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["AccountEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookAccountReactivated: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "account.reactivated";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["AccountEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookWebhookTest: {
        parameters: {
            query?: never;
            header: {
                "webhook-id": string;
                /** @description Unix seconds of this attempt. */
                "webhook-timestamp": string;
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates.
                     * @example msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543
                     */
                    id: string;
                    /** @enum {string} */
                    type: "webhook.test";
                    /**
                     * Format: date-time
                     * @description When the change happened (committed).
                     * @example 2026-11-23T08:00:00.000Z
                     */
                    created_at: string;
                    data: components["schemas"]["TestEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx within 10 seconds acknowledges the event; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
