// Entry point: renders the app and turns same-origin link clicks into client-side navigation.
import { h, render } from 'preact';
import { App } from './ui/app-shell.js';
import { interceptLinks } from './lib/router.js';

interceptLinks(document);
render(h(App, null), document.getElementById('app'));
