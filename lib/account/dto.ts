// What the browser gets about a signed-in device (lib/server/devices.ts makes it).
/** What the account page shows of a device. */
export interface DeviceDto {
  id: string;
  /** "Chrome on Windows". */
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  /** This browser's own device. */
  current: boolean;
}
