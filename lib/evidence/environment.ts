/**
 * Browser and operating system named from a user-agent string, for the capture metadata. A
 * best-effort reading: the full user agent is stored next to it.
 */
export function describeUserAgent(userAgent: string): {
  browser: { name: string; version: string };
  os: string;
} {
  const browsers: [string, RegExp][] = [
    ['Edge', /Edg\/([\d.]+)/],
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Chrome', /(?:Chrome|Chromium)\/([\d.]+)/],
    ['Safari', /Version\/([\d.]+).*Safari/],
  ];
  let browser = { name: 'unknown', version: '' };
  for (const [name, pattern] of browsers) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = { name, version: match[1]!.slice(0, 40) };
      break;
    }
  }
  const systems: [string, RegExp][] = [
    ['Android', /Android/],
    ['ChromeOS', /CrOS/],
    ['iOS', /iPhone|iPad/],
    ['Windows', /Windows/],
    ['macOS', /Mac OS X|Macintosh/],
    ['Linux', /Linux/],
  ];
  const os = systems.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'unknown';
  return { browser, os };
}
