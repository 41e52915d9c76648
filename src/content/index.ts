// Content script entry: wired up step by step (discovery, bridge, overlay, send check).
export {};
