import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readMp4 } from '@/lib/video/mp4';
import { debianTool } from '@/tests/support/debian-tool';

/**
 * The sample b-roll that `npm run make:broll` made and that is committed: read by ffprobe (Debian's ffmpeg, installed
 * when missing and we are root; otherwise these cases are skipped locally and fail under CI=true) and by the site's
 * own box reader, which must agree. Re-running the script rewrites the same bytes (checked by hand with sha256sum;
 * too slow for a unit test: about 25 s of CPU per release).
 */
const releases = [
  '2025-04-08-smart-5-brabus-milan-design-week',
  '2025-04-24-keith-haring-art-car',
  '2025-06-10-nsp-chinese-mainland',
  '2025-07-15-first-half-2025',
];
const file = (release: string, name: string) => path.resolve('content/releases', release, name);

const ffprobeMissing = debianTool('ffprobe', 'ffmpeg');
if (ffprobeMissing) console.warn(`Skipping the ffprobe cases of make:broll: ${ffprobeMissing}`);
const withFfprobe = it.skipIf(ffprobeMissing !== undefined);

type Probe = {
  streams: { codec_type: string; codec_name: string; profile: string; width?: number; height?: number }[];
  format: { duration: string };
};
function probe(target: string): Probe {
  const run = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_type,codec_name,profile,width,height:format=duration',
      '-of',
      'json',
      target,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`ffprobe ${target}: ${run.stderr}`);
  const { streams, format } = JSON.parse(run.stdout) as Probe;
  return { streams, format };
}

// ffprobe runs once per film: seconds on a busy machine, more than Vitest's default 5 s.
describe('the committed sample b-roll', { timeout: 60_000 }, () => {
  withFfprobe('is H.264 High 1920×1080 and Main 1280×720, each with AAC sound, exactly 10 seconds long', () => {
    for (const release of releases) {
      const audio = { codec_type: 'audio', codec_name: 'aac', profile: 'LC' };
      expect(probe(file(release, 'b-roll.mp4')), release).toEqual({
        streams: [{ codec_type: 'video', codec_name: 'h264', profile: 'High', width: 1920, height: 1080 }, audio],
        format: { duration: '10.000000' },
      });
      expect(probe(file(release, 'b-roll-720p.mp4')), release).toEqual({
        streams: [{ codec_type: 'video', codec_name: 'h264', profile: 'Main', width: 1280, height: 720 }, audio],
        format: { duration: '10.000000' },
      });
    }
  });

  it('reads the same through lib/video/mp4.ts, with the index first (faststart)', () => {
    for (const release of releases) {
      for (const [name, width, height] of [
        ['b-roll.mp4', 1920, 1080],
        ['b-roll-720p.mp4', 1280, 720],
      ] as const) {
        expect(readMp4(file(release, name)), `${release}/${name}`).toEqual({
          duration: 10,
          tracks: [
            { kind: 'video', codec: 'avc1', width, height },
            { kind: 'audio', codec: 'mp4a', width: 0, height: 0 },
          ],
          faststart: true,
        });
      }
    }
  });

  it('has a 1280×720 JPEG poster, and weighs under a megabyte per release', async () => {
    for (const release of releases) {
      const { format, width, height } = await sharp(file(release, 'b-roll.jpg')).metadata();
      expect([format, width, height], release).toEqual(['jpeg', 1280, 720]);
      const bytes = ['b-roll.mp4', 'b-roll-720p.mp4', 'b-roll.jpg'].reduce(
        (sum, name) => sum + statSync(file(release, name)).size,
        0,
      );
      expect(bytes, release).toBeLessThan(1024 * 1024);
    }
  });
});
