// Follows /api/v1/stream: resumes after the last index seen when the connection drops, and raises
// a loud alert (sound, vibration, banner) when an alert for this person arrives.
import { useCallback, useEffect, useRef, useState } from "react";

export type StreamEvent = { index: number; type: string; subject: { kind: string; id: string } };
type Message =
  | { type: "event"; event: StreamEvent }
  | { type: "alert"; consultationId: string; alertIds: string[] }
  | { type: "ready"; lastIndex: number };

export type PendingAlert = { consultationId: string; alertIds: string[] };

function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && "type" in value;
}

/** A short two-tone siren through Web Audio; silent where the browser blocks audio until a click. */
function sound(): void {
  try {
    const audio = new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "square";
    gain.gain.value = 0.2;
    for (let i = 0; i < 6; i++)
      oscillator.frequency.setValueAtTime(i % 2 ? 660 : 880, audio.currentTime + i * 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 1.5);
  } catch {
    // No audio: the banner and vibration still alert.
  }
  navigator.vibrate?.([400, 200, 400, 200, 400]);
}

const recordEvent = "entente:record";

/** Calls `onEvent` for every event the stream delivers while the component is mounted. */
export function useRecordEvents(onEvent: (event: StreamEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const listener = (event: Event) => {
      if (event instanceof CustomEvent && isStreamEvent(event.detail)) handler.current(event.detail);
    };
    window.addEventListener(recordEvent, listener);
    return () => window.removeEventListener(recordEvent, listener);
  }, []);
}

function isStreamEvent(value: unknown): value is StreamEvent {
  return typeof value === "object" && value !== null && "index" in value && "subject" in value;
}

/** Opens the stream once for the signed-in app; pages hear its events through `useRecordEvents`. */
export function useStream() {
  const [alerts, setAlerts] = useState<PendingAlert[]>([]);
  const [connected, setConnected] = useState(false);
  const last = useRef<number | null>(null);

  useEffect(() => {
    let socket: WebSocket | null = null;
    let retry: number | undefined;
    let delay = 1000;
    let stopped = false;
    const connect = () => {
      const scheme = window.location.protocol === "https:" ? "wss" : "ws";
      const after = last.current === null ? "" : `?after=${last.current}`;
      socket = new WebSocket(`${scheme}://${window.location.host}/api/v1/stream${after}`);
      socket.onopen = () => {
        setConnected(true);
        delay = 1000;
      };
      socket.onmessage = (message) => {
        const parsed: unknown = JSON.parse(String(message.data));
        if (!isMessage(parsed)) return;
        if (parsed.type === "event") {
          last.current = parsed.event.index;
          window.dispatchEvent(new CustomEvent(recordEvent, { detail: parsed.event }));
        } else if (parsed.type === "ready") {
          last.current = Math.max(last.current ?? -1, parsed.lastIndex);
        } else {
          setAlerts((current) =>
            current.some((a) => a.consultationId === parsed.consultationId) ? current : [...current, parsed],
          );
          sound();
        }
      };
      socket.onclose = () => {
        setConnected(false);
        if (stopped) return;
        retry = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, 30_000);
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      socket?.close();
    };
  }, []);

  const dismiss = useCallback(
    (consultationId: string) =>
      setAlerts((current) => current.filter((a) => a.consultationId !== consultationId)),
    [],
  );
  return { alerts, connected, dismiss };
}
