// The in-process realtime hub: committed events go out to subscribers (stream, notifications).
import type { RecordedEvent } from "../record/event.ts";

export type Subscriber = (event: RecordedEvent) => void;

export interface Hub {
  publish(event: RecordedEvent): void;
  subscribe(subscriber: Subscriber): () => void;
}

export function createHub(): Hub {
  const subscribers = new Set<Subscriber>();
  return {
    publish(event) {
      for (const subscriber of subscribers) {
        try {
          subscriber(event);
        } catch {
          // A failing subscriber must not stop delivery to the others.
        }
      }
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
  };
}
