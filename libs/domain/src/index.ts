export * from './choices.js';
export * from './records.js';
