/**
 * The progression engine inside the live service: groups a patient's live sets into sessions,
 * decides when a session ends (the gap, the patient's "I'm done", the shutdown), and keeps every
 * decision and its review in the registry and the time-series store.
 */
package io.plantaris.progression;
