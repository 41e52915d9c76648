// Placeholder: the service worker (settings and stats storage, messages) is built in issue 4.
export {};
