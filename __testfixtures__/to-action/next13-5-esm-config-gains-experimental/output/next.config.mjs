export default { reactStrictMode: true, experimental: { serverActions: true } };
