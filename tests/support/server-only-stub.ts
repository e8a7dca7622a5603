// 'server-only' guards client bundles; in unit tests we are the server.
