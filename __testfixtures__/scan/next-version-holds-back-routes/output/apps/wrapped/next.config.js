const withPlugins = require('next-compose-plugins');

module.exports = withPlugins(require('./x'));
