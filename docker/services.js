'use strict';
/** The deployables of the image and each one's default port (the port it listens on when PORT is unset). */
module.exports = Object.freeze({
  gateway: 4000,
  directory: 4001,
  interviews: 4002,
  'synergy-engine': 4003,
  workshops: 4004,
});
