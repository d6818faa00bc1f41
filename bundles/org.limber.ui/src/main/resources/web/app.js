// Entry point: renders the app and turns same-origin link clicks into client-side navigation.
import { h, render } from 'preact';
import { App } from './ui/app-shell.js';
import { interceptLinks } from './lib/router.js';

const root = document.getElementById('app');
root.replaceChildren();
interceptLinks(document);
render(h(App, null), root);
