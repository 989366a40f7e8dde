package io.plantaris.fhir;

import io.plantaris.registry.Insole;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Reference;

/**
 * One Device per insole, and one per pair of insoles that recorded sets together: the store names a
 * pair by its ids joined with '+', and each insole of the pair points to it as its parent.
 */
final class DeviceEntries {
  private DeviceEntries() {}

  static void add(BundleDraft d) {
    for (Insole i : d.records.insoles()) {
      Device dev = base(d, i.deviceId());
      String side =
          switch (i.side()) {
            case LEFT -> "left";
            case RIGHT -> "right";
            case UNKNOWN -> null;
          };
      if (side != null) {
        dev.addProperty()
            .setType(HeelRaiseCode.INSOLE_SIDE.concept())
            .addValueCode(
                new CodeableConcept(
                        "left".equals(side)
                            ? new Coding(FhirValues.SNOMED, "7771000", "Left")
                            : new Coding(FhirValues.SNOMED, "24028007", "Right"))
                    .setText(side + " foot"));
        dev.setNote(List.of(new Annotation().setText("worn on the " + side + " foot")));
        FhirValues.narrative(dev, "Sensor insole " + i.deviceId() + ", " + side + " foot");
      }
      put(d, i.deviceId(), dev);
    }
  }

  /** The Device a set's device key names, created (without a side) when the registry lacks it. */
  static Reference of(BundleDraft d, String key) {
    if (!d.devices.containsKey(key)) {
      Device dev = base(d, key);
      String[] parts = key.split("\\+");
      if (parts.length > 1) {
        dev.setType(new CodeableConcept().setText("pair of plantar pressure sensor insoles"));
        FhirValues.narrative(dev, "Pair of sensor insoles " + key.replace("+", " and "));
        put(d, key, dev);
        for (String part : parts) {
          of(d, part);
          Device member = d.devices.get(part);
          if (!member.hasParent()) {
            member.setParent(new Reference(d.deviceUrns.get(key)));
          }
        }
      } else {
        put(d, key, dev);
      }
    }
    return new Reference(d.deviceUrns.get(key)).setDisplay(key);
  }

  private static void put(BundleDraft d, String key, Device dev) {
    String urn = d.urn("Device", key);
    d.add(urn, dev);
    d.devices.put(key, dev);
    d.deviceUrns.put(key, urn);
  }

  private static Device base(BundleDraft d, String id) {
    Device dev = new Device();
    dev.addIdentifier().setSystem(FhirValues.DEVICE_ID_SYSTEM).setValue(id);
    dev.setStatus(Device.FHIRDeviceStatus.ACTIVE);
    dev.setType(new CodeableConcept().setText("plantar pressure sensor insole"));
    dev.addDeviceName().setName(id).setType(Device.DeviceNameType.USERFRIENDLYNAME);
    dev.setPatient(d.patient.copy());
    return FhirValues.narrative(dev, "Sensor insole " + id);
  }
}
