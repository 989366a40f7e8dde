package io.plantaris.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.ingest.DeviceEvent;
import io.plantaris.ingest.LiveSample;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SampleListener;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.insole.SensorLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Routes the pipeline's live samples, reps and sets to the viewers of each patient. Runs on
 * pipeline workers: with nobody watching a patient it does a map lookup and returns; otherwise it
 * encodes the event once and offers it to each viewer's bounded queue, never blocking.
 */
public final class LiveHub implements SessionListener, SampleListener {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long an unknown device stays unknown before the registry is read again. */
  static final long UNKNOWN_RECHECK_MILLIS = 5_000;

  private final Function<String, Optional<String>> patientOfDevice;
  private final Map<String, String> devicePatients = new ConcurrentHashMap<>();
  private final Map<String, Long> unknownUntil = new ConcurrentHashMap<>();
  private final Map<String, SensorLayout> layouts = new ConcurrentHashMap<>();
  private final Map<String, String> linkStates = new ConcurrentHashMap<>();
  private final Map<String, int[]> setCounts = new ConcurrentHashMap<>();
  private final Map<String, List<LiveViewer>> viewers = new ConcurrentHashMap<>();

  /**
   * @param patientOfDevice the registry lookup from a device id (or a pipeline person id) to the
   *     patient; called rarely, its answers are cached
   */
  public LiveHub(Function<String, Optional<String>> patientOfDevice) {
    this.patientOfDevice = patientOfDevice;
  }

  /** Starts sending a patient's live events to {@code viewer}, beginning with known layouts. */
  public void subscribe(String patientId, LiveViewer viewer) {
    for (SensorLayout l : layouts.values()) {
      if (patientId.equals(patientOf(l.deviceId(), null))) {
        viewer.offer("layout", encode(LiveJson.layout(l)));
        String state = linkStates.get(l.deviceId());
        if (state != null) {
          viewer.offer("device", encode(LiveJson.device(l.deviceId(), state)));
        }
      }
    }
    viewers.computeIfAbsent(patientId, k -> new CopyOnWriteArrayList<>()).add(viewer);
  }

  public void unsubscribe(String patientId, LiveViewer viewer) {
    List<LiveViewer> l = viewers.get(patientId);
    if (l != null) {
      l.remove(viewer);
    }
  }

  /** Viewers currently watching a patient. */
  public int viewerCount(String patientId) {
    List<LiveViewer> l = viewers.get(patientId);
    return l == null ? 0 : l.size();
  }

  @Override
  public void onSample(LiveSample s) {
    List<LiveViewer> v = watchers(patientOf(s.deviceId(), s.personId()));
    if (v != null) {
      publish(v, "sample", LiveJson.sample(s));
    }
  }

  @Override
  public void onDevice(DeviceEvent e) {
    if (e.kind() == DeviceEvent.Kind.ANNOUNCED && e.layout() != null) {
      layouts.put(e.layout().deviceId(), e.layout());
      unknownUntil.remove(e.layout().deviceId());
      List<LiveViewer> v = watchers(patientOf(e.layout().deviceId(), e.personId()));
      if (v != null) {
        publish(v, "layout", LiveJson.layout(e.layout()));
      }
    } else if (e.kind() != DeviceEvent.Kind.ANNOUNCED) {
      String device = deviceOf(e);
      linkStates.put(device, e.kind().name());
      List<LiveViewer> v = watchers(patientOf(device, e.personId()));
      if (v != null) {
        publish(v, "device", LiveJson.device(device, e.kind().name()));
      }
    }
  }

  /** The device id of an event: its layout's, else the stream key without its transport. */
  private static String deviceOf(DeviceEvent e) {
    if (e.layout() != null) {
      return e.layout().deviceId();
    }
    String key = e.streamKey();
    return key.substring(key.indexOf(':') + 1);
  }

  @Override
  public void onRep(RepVerdict r) {
    String patient = patientOfAny(r.deviceIds(), r.personId());
    if (patient == null) {
      return;
    }
    int[] c = setCounts.computeIfAbsent(patient, k -> new int[3]);
    Map<String, Object> json;
    synchronized (c) {
      if (c[0] != r.rep().setIndex()) {
        c[0] = r.rep().setIndex();
        c[1] = 0;
        c[2] = 0;
      }
      c[1] += r.rep().valid() ? 1 : 0;
      c[2]++;
      json = LiveJson.rep(r.rep(), c[1], c[2]);
    }
    List<LiveViewer> v = watchers(patient);
    if (v != null) {
      publish(v, "rep", json);
    }
  }

  @Override
  public void onSet(SetFinished s) {
    List<LiveViewer> v = watchers(patientOfAny(s.deviceIds(), s.personId()));
    if (v != null) {
      publish(v, "set", LiveJson.set(s.summary()));
    }
  }

  private List<LiveViewer> watchers(String patient) {
    if (patient == null) {
      return null;
    }
    List<LiveViewer> v = viewers.get(patient);
    return v == null || v.isEmpty() ? null : v;
  }

  private void publish(List<LiveViewer> to, String event, Map<String, Object> body) {
    String data = encode(body);
    for (LiveViewer v : to) {
      v.offer(event, data);
    }
  }

  private String patientOfAny(List<String> deviceIds, String personId) {
    for (String d : deviceIds) {
      String p = patientOf(d, null);
      if (p != null) {
        return p;
      }
    }
    return personId == null ? null : patientOf(personId, null);
  }

  /** The patient of a device, else of the pipeline's person id; null when neither is known. */
  private String patientOf(String deviceId, String personId) {
    String p = devicePatients.get(deviceId);
    if (p != null) {
      return p;
    }
    Long until = unknownUntil.get(deviceId);
    long now = System.currentTimeMillis();
    if (until == null || until < now) {
      Optional<String> found = patientOfDevice.apply(deviceId);
      if (found.isPresent()) {
        devicePatients.put(deviceId, found.get());
        return found.get();
      }
      unknownUntil.put(deviceId, now + UNKNOWN_RECHECK_MILLIS);
    }
    return personId == null || personId.equals(deviceId) ? null : patientOf(personId, null);
  }

  private static String encode(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a live event", e);
    }
  }

  /** The layouts announced so far, for tests and the health page. */
  List<SensorLayout> layouts() {
    return new ArrayList<>(layouts.values());
  }
}
