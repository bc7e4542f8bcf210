export { createGateway, type Gateway } from './gateway.js';
