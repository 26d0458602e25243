/** A posting would take a user's wallet (or holds) below zero. Services turn it into a 422 on their field. */
export class InsufficientFunds extends Error {
  constructor(readonly accountCode: string) {
    super(`insufficient funds in ${accountCode}`);
    this.name = "InsufficientFunds";
  }
}
