let total = 0;

export const likes = {
  add(amount: number): number {
    total += amount;
    return total;
  },
  count: (): number => total,
};
