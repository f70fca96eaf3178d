"use server";

export async function subscribe(input) {
  const { email } = input;
  return { subscribed: email };
}
