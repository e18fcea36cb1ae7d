// Reused work arrays. A typed array of more than 64 bytes has its memory outside V8's heap, and one
// per text (a mark per character of a 1,400-character article) kept the collector busy for little.

/**
 * A source of zero-filled views of one growing buffer: each call returns a view of `length` elements,
 * all zero, and invalidates the view the call before returned. For a recogniser's per-text marks only:
 * not for anything kept or used after the next call.
 */
export function scratchArray<T extends Uint8Array | Int32Array>(make: (length: number) => T): (length: number) => T {
  let buffer = make(4096);
  return (length) => {
    if (buffer.length < length) buffer = make(Math.max(length, 2 * buffer.length));
    const view = buffer.subarray(0, length) as T;
    view.fill(0);
    return view;
  };
}
