/** What a repository reports when a change cannot be made; the HTTP layer turns it into 404 or 409. */
export class RepoError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'RepoError';
  }
}
