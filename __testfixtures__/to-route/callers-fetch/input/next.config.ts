const nextConfig = { basePath: '/app' };

export default nextConfig;
