import { useEffect, useState } from 'react';

/**
 * The value once it has stayed the same for `ms`: the findings follow the typing without redrawing (and
 * being announced) at every key press.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
