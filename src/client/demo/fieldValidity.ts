/**
 * Which controls of an experiment hold refused text, whichever element they belong to (the data
 * figure's fields, the trainer's): Train waits while any does. The store keeps one and tells its
 * elements when that "any" changes.
 */
export class FieldValidity {
  private readonly invalid = new Set<object>();

  /** Records whether `field` holds refused text; true when that changed whether any field does. */
  set(field: object, invalid: boolean): boolean {
    const before = this.any();
    if (invalid) this.invalid.add(field);
    else this.invalid.delete(field);
    return this.any() !== before;
  }

  any(): boolean {
    return this.invalid.size > 0;
  }
}
