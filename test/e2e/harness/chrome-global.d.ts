/**
 * The `chrome` global as the real-browser tests use it inside `page.evaluate` and
 * `serviceWorker.evaluate` (code that runs in the extension, not here). Extension code imports
 * `browser` from `wxt/browser` instead; ESLint keeps `chrome` out of it.
 */
interface ChromeStorageAreaForTests {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; id: string };
  storage: {
    sync: ChromeStorageAreaForTests;
    local: ChromeStorageAreaForTests;
    session: ChromeStorageAreaForTests;
    managed: ChromeStorageAreaForTests;
  };
  tabs: {
    query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    setZoom(tabId: number, zoomFactor: number): Promise<void>;
  };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  /** Optional: present once granted. */
  alarms?: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  notifications?: {
    getAll(): Promise<Record<string, boolean>>;
    /** Chromium's own event object; `dispatch` stands in for the person's click in tests. */
    onButtonClicked: { dispatch(notificationId: string, buttonIndex: number): void };
  };
  permissions: {
    contains(permissions: { origins?: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
  };
  /** Chromium's extension events carry `dispatch`: omnibox.e2e.ts calls the listeners with it. */
  omnibox: {
    onInputChanged: {
      dispatch(
        text: string,
        suggest: (results: { content: string; description: string }[]) => void,
      ): void;
    };
    onInputEntered: { dispatch(text: string, disposition: string): void };
  };
};
