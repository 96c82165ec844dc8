/** Packs and installs into a new folder; the caller removes `work` when done. */
export function packAndInstall(): { work: string; tarball: string; prefix: string; installed: string };
