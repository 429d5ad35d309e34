import { fireEvent } from '@testing-library/react';

/**
 * Puts a value in a field as a browser does when someone types it or picks it from a list: an `input` event, then
 * `change`. Preact, the web's runtime (docs/decisions/0009-preact-runtime.md), hears `onChange` of a text field on
 * `input` and of a list on `change`; firing only `change` would test a browser that does not exist.
 */
export function enterValue(field: Element, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
}
