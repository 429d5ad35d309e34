import { options } from 'preact';
import { configure } from '@testing-library/dom';

// findBy* and waitFor give up after one second by default: a wall-clock limit that a busy 2-core machine misses while
// the page is right. A page that never shows what is awaited still fails, at the test's own timeout.
configure({ asyncUtilTimeout: 10_000 });

// Preact runs effects after the next animation frame; a frame requested as a jsdom test file ends fires after jsdom
// has gone and calls a cancelAnimationFrame that no longer exists (an uncaught error in the run). A timer needs no
// window: effects still run after the render, as in a browser.
options.requestAnimationFrame = (callback) => setTimeout(callback, 0);
