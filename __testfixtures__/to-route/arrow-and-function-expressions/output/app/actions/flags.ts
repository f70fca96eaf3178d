'use server';

export const toggleFlag = async (flag: { key: string; on: boolean }) => {
  return { ...flag, on: !flag.on };
};

export const listFlags = async function () {
  return ['beta', 'dark-mode'];
};
