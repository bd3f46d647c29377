export * from './choices.js';
export * from './records.js';
export * from './briefing.js';
export * from './selection.js';
export * from './mail.js';
export * from './impact.js';
