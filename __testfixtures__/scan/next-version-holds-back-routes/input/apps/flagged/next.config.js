/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  experimental: {
    appDir: true, // still needed on 13.4 for app/
  },
}

module.exports = nextConfig
