/**
 * GPX (1.0 and 1.1) and TCX activity files, read from a namespace-aware DOM (@xmldom/xmldom). Elements are
 * matched by local name, and extension data by namespace URI + local name, never by prefix: Garmin Connect
 * writes its heart rate as `<ns3:TrackPointExtension><ns3:hr>`, Strava as `<gpxtpx:…>`, both the same
 * namespace.
 */
import { Document, DOMParser, Element } from '@xmldom/xmldom';

import {
  ActivityFacts,
  fileError,
  finite,
  haversineMeters,
  maxOf,
  mean,
  minOf,
  roundTo,
  sumDefined,
} from './parse-helpers';

/** Namespaces whose `hr` element is a track point's heart rate. */
const HEART_RATE_NAMESPACES = new Set([
  'http://www.garmin.com/xmlschemas/TrackPointExtension/v1',
  'http://www.garmin.com/xmlschemas/TrackPointExtension/v2',
  'http://www.cluetrust.com/XML/GPXDATA/1/0',
]);

/** Below this speed between two points the athlete counts as stopped (1 km/h, as gpxpy). */
const STOPPED_SPEED_MPS = 1000 / 3600;

type El = Element;

export function parseXml(buffer: Buffer, filename: string, kind: 'GPX' | 'TCX'): Document {
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let firstProblem: string | null = null;
  try {
    // Any report from the parser — even a "warning" such as an unquoted attribute — means the XML is not
    // well-formed; stop instead of reading a silently partial document.
    const parser = new DOMParser({
      onError: (_level, message) => {
        firstProblem ??= message.split('\n')[0];
        throw new Error(firstProblem);
      },
    });
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const detail = firstProblem ?? String((error as Error)?.message ?? error).split('\n')[0];
    throw fileError(
      'FILE_CORRUPT',
      `"${filename}" is not a usable ${kind} file (malformed XML: ${detail}). Export it again from your device or app.`,
      error,
    );
  }
}

function children(parent: El | Document, localName: string): El[] {
  const out: El[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as El).localName === localName) out.push(node as El);
  }
  return out;
}

function child(parent: El, localName: string): El | null {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as El).localName === localName) return node as El;
  }
  return null;
}

function text(el: El | null): string | null {
  const value = el?.textContent?.trim();
  return value ? value : null;
}

function numberOf(el: El | null): number | null {
  const value = text(el);
  return value === null ? null : finite(Number(value));
}

/** XML Schema dateTime; one without a zone is read as UTC (GPX 1.0 files from old tools omit the "Z"). */
export function parseXmlTime(value: string | null): number | null {
  if (!value) return null;
  const withZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : null;
}

/** The first descendant element with this namespace URI and local name. */
function descendantNS(el: El, namespaces: Set<string>, localName: string): El | null {
  const stack: El[] = [el];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (let node = current.lastChild; node; node = node.previousSibling) {
      if (node.nodeType !== 1) continue;
      const e = node as El;
      if (e.localName === localName && e.namespaceURI && namespaces.has(e.namespaceURI)) return e;
      stack.push(e);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// GPX

interface Point {
  time: number | null;
  elevation: number | null;
  position: number[] | null;
  hr: number | null;
}

export function readGpx(buffer: Buffer, filename: string): ActivityFacts {
  const doc = parseXml(buffer, filename, 'GPX');
  const root = doc.documentElement;
  if (!root || root.localName !== 'gpx') {
    throw fileError('FILE_UNSUPPORTED', `"${filename}" is not a GPX file.`);
  }

  const times: number[] = [];
  const heartRates: number[] = [];
  let distance = 0;
  let moving = 0;
  let hasDistance = false;
  let sport: string | null = null;
  let trackPoints = 0;

  for (const trk of children(root, 'trk')) {
    const segments = children(trk, 'trkseg').map((seg) =>
      children(seg, 'trkpt').map((pt): Point => {
        const lat = finite(Number(pt.getAttribute('lat') ?? NaN));
        const lon = finite(Number(pt.getAttribute('lon') ?? NaN));
        const extensions = child(pt, 'extensions');
        const hr = extensions ? numberOf(descendantNS(extensions, HEART_RATE_NAMESPACES, 'hr')) : null;
        return {
          time: parseXmlTime(text(child(pt, 'time'))),
          elevation: numberOf(child(pt, 'ele')),
          position: lat !== null && lon !== null ? [lon, lat] : null,
          hr: hr !== null && hr > 0 ? hr : null,
        };
      }),
    );
    trackPoints += segments.reduce((n, s) => n + s.length, 0);
    // A track without any time is a drawn or planned one (a Garmin "saved track" beside the active log).
    if (!segments.some((points) => points.some((p) => p.time !== null))) continue;

    for (const points of segments) {
      let previous: Point | null = null;
      for (const point of points) {
        if (point.time !== null) times.push(point.time);
        if (point.hr !== null) heartRates.push(point.hr);
        if (!point.position) continue;
        if (previous?.position) {
          const step = haversineMeters(previous.position, point.position);
          distance += step;
          hasDistance = true;
          if (previous.time !== null && point.time !== null && point.time > previous.time) {
            const dt = (point.time - previous.time) / 1000;
            // Moving or stopped by the speed over the ground, climbing included (as gpxpy does).
            const climb =
              point.elevation !== null && previous.elevation !== null
                ? point.elevation - previous.elevation
                : 0;
            if (Math.sqrt(step * step + climb * climb) / dt > STOPPED_SPEED_MPS) moving += dt;
          }
        }
        previous = point;
      }
    }
    const type = text(child(trk, 'type'));
    if (sport === null && type) sport = type;
  }

  if (times.length === 0) {
    const routes = children(root, 'rte').length;
    const waypoints = children(root, 'wpt').length;
    const what =
      trackPoints > 0
        ? 'a track without times (a planned or drawn route), not a recorded activity'
        : routes > 0
          ? 'a planned route, not a recorded activity'
          : waypoints > 0
            ? 'only waypoints, not a recorded activity'
            : 'no recorded activity (no timed track points)';
    throw fileError(
      'FILE_UNSUPPORTED',
      `"${filename}" holds ${what}. Export the activity itself from your device or app.`,
    );
  }

  const start = minOf(times);
  const elapsed = (maxOf(times) - start) / 1000;
  return {
    format: 'GPX',
    startTime: new Date(start),
    elapsedSeconds: elapsed,
    movingSeconds: hasDistance ? Math.min(moving, elapsed) : null,
    distanceMeters: hasDistance ? roundTo(distance, 2) : null,
    averageHeartRate: mean(heartRates),
    sport,
    notes: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// TCX (Garmin Training Center XML: Garmin Connect and Strava exports)

export function readTcx(buffer: Buffer, filename: string): ActivityFacts {
  const doc = parseXml(buffer, filename, 'TCX');
  const root = doc.documentElement;
  const activitiesEl = root ? child(root, 'Activities') : null;
  const activities = activitiesEl ? children(activitiesEl, 'Activity') : [];
  if (activities.length === 0) {
    const what =
      root && child(root, 'Courses')
        ? 'a course (a planned route), not a recorded activity'
        : root && child(root, 'Workouts')
          ? 'planned workouts, not a recorded activity'
          : 'no recorded activity';
    throw fileError('FILE_UNSUPPORTED', `"${filename}" holds ${what}. Export the activity itself.`);
  }

  const starts: number[] = [];
  const ends: number[] = [];
  const lapTimes: number[] = [];
  const lapDistances: number[] = [];
  let hrWeighted = 0;
  let hrWeight = 0;
  const pointHr: number[] = [];
  let maxPointDistance: number | null = null;
  let sport: string | null = null;

  for (const activity of activities) {
    const sportAttr = activity.getAttribute('Sport');
    if (sport === null && sportAttr) sport = sportAttr;
    const id = parseXmlTime(text(child(activity, 'Id')));
    if (id !== null) starts.push(id);
    for (const lap of children(activity, 'Lap')) {
      const lapStart = parseXmlTime(lap.getAttribute('StartTime'));
      const total = numberOf(child(lap, 'TotalTimeSeconds'));
      if (lapStart !== null) starts.push(lapStart);
      if (lapStart !== null && total !== null) ends.push(lapStart + total * 1000);
      if (total !== null) lapTimes.push(total);
      const lapDistance = numberOf(child(lap, 'DistanceMeters'));
      if (lapDistance !== null) lapDistances.push(lapDistance);
      const avg = child(lap, 'AverageHeartRateBpm');
      const avgHr = avg ? numberOf(child(avg, 'Value')) : null;
      if (avgHr !== null && avgHr > 0 && total !== null && total > 0) {
        hrWeighted += avgHr * total;
        hrWeight += total;
      }
      for (const track of children(lap, 'Track')) {
        for (const point of children(track, 'Trackpoint')) {
          const time = parseXmlTime(text(child(point, 'Time')));
          if (time !== null) {
            starts.push(time);
            ends.push(time);
          }
          const hrEl = child(point, 'HeartRateBpm');
          const hr = hrEl ? numberOf(child(hrEl, 'Value')) : null;
          if (hr !== null && hr > 0) pointHr.push(hr);
          const d = numberOf(child(point, 'DistanceMeters'));
          if (d !== null) maxPointDistance = Math.max(maxPointDistance ?? 0, d);
        }
      }
    }
  }

  if (starts.length === 0) {
    throw fileError('FILE_UNSUPPORTED', `"${filename}" holds no timed laps or points: no recorded activity.`);
  }
  const start = minOf(starts);
  const end = ends.length > 0 ? maxOf(ends) : start;
  const timer = sumDefined(lapTimes);
  const lapDistance = sumDefined(lapDistances);
  const elapsed = Math.max((end - start) / 1000, timer ?? 0);
  return {
    format: 'TCX',
    startTime: new Date(start),
    elapsedSeconds: elapsed,
    movingSeconds: timer,
    distanceMeters:
      lapDistance !== null && lapDistance > 0
        ? roundTo(lapDistance, 2)
        : maxPointDistance !== null
          ? roundTo(maxPointDistance, 2)
          : lapDistance,
    averageHeartRate: hrWeight > 0 ? Math.round(hrWeighted / hrWeight) : mean(pointHr),
    sport: sport && sport.toLowerCase() !== 'other' ? sport : null,
    notes: [],
  };
}
