/** @type {import('next').NextConfig} */
const corsHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'GET,POST,OPTIONS' },
];

module.exports = {
  async headers() {
    return [
      { source: '/api/public/:path*', headers: corsHeaders },
      { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};
