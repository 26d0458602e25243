// Generated from openapi.yaml by `npm run sdk:build` (sdk/scripts/generate.ts). Do not edit.

/** Operations that honour `Idempotency-Key` (money-moving POSTs): the client sends one unless the caller does. */
export const IDEMPOTENT_OPERATIONS: readonly { method: string; path: string }[] = [
  {
    "method": "POST",
    "path": "/api/v2/factoring-units"
  },
  {
    "method": "POST",
    "path": "/api/v2/factoring-units/{id}/cancel"
  },
  {
    "method": "POST",
    "path": "/api/v2/factoring-units/{id}/repay"
  },
  {
    "method": "POST",
    "path": "/api/v2/bids/{fuId}"
  },
  {
    "method": "PUT",
    "path": "/api/v2/bids/{bidId}/status"
  },
  {
    "method": "POST",
    "path": "/api/v2/bids/{bidId}/withdraw"
  },
  {
    "method": "POST",
    "path": "/api/v2/payments/create-order"
  },
  {
    "method": "POST",
    "path": "/api/v2/payments/withdraw"
  }
];
