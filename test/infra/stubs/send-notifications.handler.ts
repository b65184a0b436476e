/** A stand-in handler, so the infra tests need not wait for the real one. */
export const handler = async () => undefined;
