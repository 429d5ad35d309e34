import { configure } from '@testing-library/dom';

// findBy* and waitFor give up after one second by default: a wall-clock limit that a busy 2-core machine misses while
// the page is right. A page that never shows what is awaited still fails, at the test's own timeout.
configure({ asyncUtilTimeout: 10_000 });
