/** Raised for any bad argument to a model, a codec or a file reader; `argument` names it. */
export class SornInputError extends Error {
  constructor(
    public readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
    this.name = "SornInputError";
  }
}
