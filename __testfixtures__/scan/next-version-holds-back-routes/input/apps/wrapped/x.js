module.exports = [{ reactStrictMode: true }];
