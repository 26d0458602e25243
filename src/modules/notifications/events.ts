// What each event says to the user. Later features add their events here, so the wording of every
// push lives in one place.

export interface NotificationEvents {
  "account.approved": Record<string, never>;
  "account.rejected": { reason?: string | null };
  "account.suspended": { reason?: string | null };
}

export type NotificationEvent = keyof NotificationEvents;

type Templates = { [E in NotificationEvent]: (data: NotificationEvents[E]) => { title: string; body: string } };

export const notificationTemplates: Templates = {
  "account.approved": () => ({ title: "Account approved", body: "Your Hundi account is active. You can now trade on the marketplace." }),
  "account.rejected": ({ reason }) => ({
    title: "Account not approved",
    body: reason ? `Your account application was not approved: ${reason}` : "Your account application was not approved.",
  }),
  "account.suspended": ({ reason }) => ({
    title: "Account suspended",
    body: reason ? `Your account has been suspended: ${reason}` : "Your account has been suspended. Contact support for details.",
  }),
};
