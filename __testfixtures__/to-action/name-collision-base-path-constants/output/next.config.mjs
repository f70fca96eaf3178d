/** @type {import('next').NextConfig} */
const nextConfig = { basePath: '/admin' };

export default nextConfig;
