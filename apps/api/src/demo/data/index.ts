export * from './types.js';
export * from './seasons.js';
export * from './organisations.js';
export * from './laureates-season1.js';
export * from './laureates-season2.js';
export * from './committees.js';
export * from './impact.js';
