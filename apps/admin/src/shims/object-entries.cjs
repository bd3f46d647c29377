// Stands in for the `object.entries` polyfill (see vite.config.ts): every supported browser has it.
module.exports = Object.entries;
