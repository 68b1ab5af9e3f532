/** The one door to zustand (STYLE.md habit 4): stores are created here, nowhere else. */
import { create } from 'zustand';
import type { StateCreator, StoreApi, UseBoundStore } from 'zustand';

export type Store<T> = UseBoundStore<StoreApi<T>>;

export function createStore<T>(initializer: StateCreator<T>): Store<T> {
  return create<T>()(initializer);
}
