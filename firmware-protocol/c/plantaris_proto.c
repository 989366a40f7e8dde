/* Plantaris insole wire protocol, version 1: reference encoder. See plantaris_proto.h. */
#include "plantaris_proto.h"

#include <string.h>

/* f32 fields are written as the 4 bytes of an IEEE-754 binary32; reject odd platforms at build. */
typedef char pl_float_must_be_32_bits[(sizeof(float) == 4u) ? 1 : -1];

/* ---- CRC-32/ISO-HDLC, reflected polynomial 0xEDB88320, 16-entry nibble table ---- */

static const uint32_t pl_crc_nibble[16] = {
    0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu, 0x76DC4190u, 0x6B6B51F4u,
    0x4DB26158u, 0x5005713Cu, 0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu,
    0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu,
};

uint32_t pl_crc32_update(uint32_t reg, const uint8_t *data, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        reg ^= data[i];
        reg = (reg >> 4) ^ pl_crc_nibble[reg & 0x0Fu];
        reg = (reg >> 4) ^ pl_crc_nibble[reg & 0x0Fu];
    }
    return reg;
}

uint32_t pl_crc32(const uint8_t *data, size_t len)
{
    return pl_crc32_update(0xFFFFFFFFu, data, len) ^ 0xFFFFFFFFu;
}

/* ---- COBS ---- */

int pl_cobs_encode(const uint8_t *src, size_t len, uint8_t *dst, size_t cap)
{
    size_t in = 0;
    size_t out = 1;  /* dst[0] is reserved for the first code byte */
    size_t code_pos = 0;
    uint8_t code = 1;

    if ((src == NULL && len > 0u) || dst == NULL) {
        return PL_ERR_NULL;
    }
    if (len > PL_MAX_FRAME_SIZE) {
        return PL_ERR_TOO_LARGE;
    }
    if (cap < PL_COBS_MAX_ENCODED(len) + 1u) {
        return PL_ERR_SPACE;
    }
    while (in < len) {
        uint8_t b = src[in++];
        if (b != 0u) {
            dst[out++] = b;
            code++;
        }
        if (b == 0u || code == 0xFFu) {
            dst[code_pos] = code;
            code = 1;
            code_pos = out;
            /* A full 254-byte block at the very end needs no further code byte. */
            if (b == 0u || in < len) {
                out++;
            } else {
                code_pos = (size_t)-1;
            }
        }
    }
    if (code_pos != (size_t)-1) {
        dst[code_pos] = code;
    }
    dst[out++] = 0x00u;
    return (int)out;
}

/* ---- Little-endian writers ---- */

static void put_u16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v & 0xFFu);
    p[1] = (uint8_t)(v >> 8);
}

static void put_i16(uint8_t *p, int16_t v)
{
    put_u16(p, (uint16_t)v); /* two's complement: conversion to unsigned is modulo 2^16 */
}

static void put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v & 0xFFu);
    p[1] = (uint8_t)((v >> 8) & 0xFFu);
    p[2] = (uint8_t)((v >> 16) & 0xFFu);
    p[3] = (uint8_t)(v >> 24);
}

static void put_f32(uint8_t *p, float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    put_u32(p, bits);
}

/* Check capacity and size, write the 8-byte header; returns the total frame length or an error. */
static int begin_frame(uint8_t *buf, size_t cap, uint8_t version, uint8_t type, uint16_t seq,
                       uint32_t time_us, size_t payload_len)
{
    size_t total;
    if (buf == NULL) {
        return PL_ERR_NULL;
    }
    if (payload_len > PL_MAX_PAYLOAD_SIZE) {
        return PL_ERR_TOO_LARGE;
    }
    total = PL_HEADER_SIZE + payload_len + PL_CRC_SIZE;
    if (cap < total) {
        return PL_ERR_SPACE;
    }
    buf[0] = version;
    buf[1] = type;
    put_u16(buf + 2, seq);
    put_u32(buf + 4, time_us);
    return (int)total;
}

/* Append the CRC over everything before it; total is the full frame length. */
static int finish_frame(uint8_t *buf, int total)
{
    size_t n = (size_t)total - PL_CRC_SIZE;
    put_u32(buf + n, pl_crc32(buf, n));
    return total;
}

int pl_encode_frame(uint8_t *buf, size_t cap, uint8_t version, uint8_t type, uint16_t seq,
                    uint32_t time_us, const uint8_t *payload, size_t payload_len)
{
    int total;
    if (payload == NULL && payload_len > 0u) {
        return PL_ERR_NULL;
    }
    total = begin_frame(buf, cap, version, type, seq, time_us, payload_len);
    if (total < 0) {
        return total;
    }
    if (payload_len > 0u) {
        memmove(buf + PL_HEADER_SIZE, payload, payload_len);
    }
    return finish_frame(buf, total);
}

/* ---- DESCRIPTOR ---- */

static int descriptor_valid(const pl_descriptor_t *d, size_t id_len)
{
    unsigned i;
    if (id_len < 1u || id_len > PL_MAX_ID_LEN) {
        return 0;
    }
    if (d->side > PL_SIDE_RIGHT || d->unit > PL_UNIT_KPA) {
        return 0;
    }
    if (d->sample_rate_hz < 1u || d->sample_rate_hz > 1000u) {
        return 0;
    }
    if (d->adc_bits < 1u || d->adc_bits > 16u || d->cell_count > PL_MAX_CELLS) {
        return 0;
    }
    if ((d->imu_flags & ~(PL_IMU_ACCEL | PL_IMU_GYRO)) != 0u) {
        return 0;
    }
    if ((d->imu_flags & PL_IMU_ACCEL) != 0u) {
        if (d->accel_range_g != 2u && d->accel_range_g != 4u && d->accel_range_g != 8u &&
            d->accel_range_g != 16u) {
            return 0;
        }
    } else if (d->accel_range_g != 0u) {
        return 0;
    }
    if ((d->imu_flags & PL_IMU_GYRO) != 0u) {
        if (d->gyro_range_dps < 125u || d->gyro_range_dps > 4000u) {
            return 0;
        }
    } else if (d->gyro_range_dps != 0u) {
        return 0;
    }
    for (i = 0; i < d->cell_count; i++) {
        if (d->cells[i].region > 8u) {
            return 0;
        }
    }
    return 1;
}

int pl_encode_descriptor(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                         const pl_descriptor_t *d)
{
    size_t id_len;
    size_t payload_len;
    uint8_t *p;
    unsigned i;
    int total;

    if (d == NULL || d->device_id == NULL || (d->cells == NULL && d->cell_count > 0u)) {
        return PL_ERR_NULL;
    }
    id_len = strlen(d->device_id);
    if (!descriptor_valid(d, id_len)) {
        return PL_ERR_RANGE;
    }
    payload_len = 1u + id_len + 15u + (size_t)d->cell_count * PL_CELL_SIZE + 4u;
    total = begin_frame(buf, cap, PL_PROTOCOL_VERSION, PL_TYPE_DESCRIPTOR, seq, time_us,
                        payload_len);
    if (total < 0) {
        return total;
    }
    p = buf + PL_HEADER_SIZE;
    *p++ = (uint8_t)id_len;
    memcpy(p, d->device_id, id_len);
    p += id_len;
    *p++ = d->fw_major;
    *p++ = d->fw_minor;
    *p++ = d->fw_patch;
    put_u32(p, d->boot_id);
    p += 4;
    *p++ = d->side;
    put_u16(p, d->sample_rate_hz);
    p += 2;
    put_u16(p, d->insole_length_mm);
    p += 2;
    *p++ = d->adc_bits;
    *p++ = d->unit;
    *p++ = d->cell_count;
    for (i = 0; i < d->cell_count; i++) {
        const pl_cell_t *c = &d->cells[i];
        put_i16(p, c->x);
        put_i16(p + 2, c->y);
        p[4] = c->region;
        put_u16(p + 5, c->area_mm2);
        put_f32(p + 7, c->gain);
        put_f32(p + 11, c->offset);
        put_u16(p + 15, c->max_raw);
        p += PL_CELL_SIZE;
    }
    *p++ = d->imu_flags;
    *p++ = d->accel_range_g;
    put_u16(p, d->gyro_range_dps);
    return finish_frame(buf, total);
}

/* ---- SAMPLES ---- */

static size_t sample_size(uint8_t cell_count, uint8_t flags)
{
    size_t n = (size_t)cell_count * 2u;
    if ((flags & PL_IMU_ACCEL) != 0u) {
        n += 6u;
    }
    if ((flags & PL_IMU_GYRO) != 0u) {
        n += 6u;
    }
    return n;
}

unsigned pl_samples_max_count(uint8_t cell_count, uint8_t flags)
{
    size_t per = sample_size(cell_count, flags);
    size_t n;
    if (per == 0u) {
        return 255u;
    }
    n = (PL_MAX_PAYLOAD_SIZE - 5u) / per;
    return (unsigned)(n > 255u ? 255u : n);
}

int pl_encode_samples(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                      const pl_samples_t *s)
{
    size_t payload_len;
    uint8_t *p;
    unsigned k;
    unsigned c;
    int total;

    if (s == NULL) {
        return PL_ERR_NULL;
    }
    if (s->count < 1u || s->cell_count > PL_MAX_CELLS ||
        (s->flags & ~(PL_IMU_ACCEL | PL_IMU_GYRO)) != 0u) {
        return PL_ERR_RANGE;
    }
    if ((s->cells == NULL && s->cell_count > 0u) ||
        (s->accel == NULL && (s->flags & PL_IMU_ACCEL) != 0u) ||
        (s->gyro == NULL && (s->flags & PL_IMU_GYRO) != 0u)) {
        return PL_ERR_NULL;
    }
    payload_len = 5u + (size_t)s->count * sample_size(s->cell_count, s->flags);
    total = begin_frame(buf, cap, PL_PROTOCOL_VERSION, PL_TYPE_SAMPLES, seq, time_us,
                        payload_len);
    if (total < 0) {
        return total;
    }
    p = buf + PL_HEADER_SIZE;
    *p++ = s->count;
    *p++ = s->cell_count;
    *p++ = s->flags;
    put_u16(p, s->interval_us);
    p += 2;
    for (k = 0; k < s->count; k++) {
        for (c = 0; c < s->cell_count; c++) {
            put_u16(p, s->cells[(size_t)k * s->cell_count + c]);
            p += 2;
        }
        if ((s->flags & PL_IMU_ACCEL) != 0u) {
            for (c = 0; c < 3u; c++) {
                put_i16(p, s->accel[(size_t)k * 3u + c]);
                p += 2;
            }
        }
        if ((s->flags & PL_IMU_GYRO) != 0u) {
            for (c = 0; c < 3u; c++) {
                put_i16(p, s->gyro[(size_t)k * 3u + c]);
                p += 2;
            }
        }
    }
    return finish_frame(buf, total);
}

/* ---- STATUS, MARKER, DESCRIPTOR_REQUEST ---- */

int pl_encode_status(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                     const pl_status_t *st)
{
    int total;
    if (st == NULL) {
        return PL_ERR_NULL;
    }
    if (st->battery_percent > 100u && st->battery_percent != PL_BATTERY_PERCENT_UNKNOWN) {
        return PL_ERR_RANGE;
    }
    total = begin_frame(buf, cap, PL_PROTOCOL_VERSION, PL_TYPE_STATUS, seq, time_us, 10u);
    if (total < 0) {
        return total;
    }
    put_u16(buf + 8, st->battery_mv);
    buf[10] = st->battery_percent;
    put_u32(buf + 11, st->dropped_samples);
    put_i16(buf + 15, st->temperature_centi_c);
    buf[17] = st->flags;
    return finish_frame(buf, total);
}

int pl_encode_marker(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us,
                     const pl_marker_t *m)
{
    int total;
    if (m == NULL) {
        return PL_ERR_NULL;
    }
    if (m->kind < PL_MARKER_BUTTON || m->kind > PL_MARKER_SESSION_END) {
        return PL_ERR_RANGE;
    }
    total = begin_frame(buf, cap, PL_PROTOCOL_VERSION, PL_TYPE_MARKER, seq, time_us, 3u);
    if (total < 0) {
        return total;
    }
    buf[8] = m->kind;
    put_u16(buf + 9, m->value);
    return finish_frame(buf, total);
}

int pl_encode_descriptor_request(uint8_t *buf, size_t cap, uint16_t seq, uint32_t time_us)
{
    int total = begin_frame(buf, cap, PL_PROTOCOL_VERSION, PL_TYPE_DESCRIPTOR_REQUEST, seq,
                            time_us, 0u);
    if (total < 0) {
        return total;
    }
    return finish_frame(buf, total);
}

/* ---- Device encoder ---- */

void pl_encoder_init(pl_encoder_t *enc)
{
    if (enc != NULL) {
        enc->seq = 0;
    }
}

void pl_encoder_set_seq(pl_encoder_t *enc, uint16_t seq)
{
    if (enc != NULL) {
        enc->seq = seq;
    }
}

uint16_t pl_encoder_seq(const pl_encoder_t *enc)
{
    return enc != NULL ? enc->seq : 0u;
}

/* COBS-encode the raw frame in enc->scratch into wire and advance seq (wrapping) on success. */
static int emit(pl_encoder_t *enc, int frame_len, uint8_t *wire, size_t cap)
{
    int n;
    if (frame_len < 0) {
        return frame_len;
    }
    n = pl_cobs_encode(enc->scratch, (size_t)frame_len, wire, cap);
    if (n >= 0) {
        enc->seq = (uint16_t)(enc->seq + 1u);
    }
    return n;
}

int pl_next_descriptor(pl_encoder_t *enc, uint32_t time_us, const pl_descriptor_t *d,
                       uint8_t *wire, size_t cap)
{
    if (enc == NULL) {
        return PL_ERR_NULL;
    }
    /* A descriptor carries the number of the next data frame and uses none itself
     * (PROTOCOL.md 2): periodic repeats that are not sent, or that travel on their own MQTT topic,
     * never look like lost data. */
    {
        uint16_t seq = enc->seq;
        int n = emit(enc,
                     pl_encode_descriptor(enc->scratch, sizeof enc->scratch, enc->seq, time_us, d),
                     wire, cap);
        enc->seq = seq;
        return n;
    }
}

int pl_next_samples(pl_encoder_t *enc, uint32_t time_us, const pl_samples_t *s, uint8_t *wire,
                    size_t cap)
{
    if (enc == NULL) {
        return PL_ERR_NULL;
    }
    return emit(enc, pl_encode_samples(enc->scratch, sizeof enc->scratch, enc->seq, time_us, s),
                wire, cap);
}

int pl_next_status(pl_encoder_t *enc, uint32_t time_us, const pl_status_t *st, uint8_t *wire,
                   size_t cap)
{
    if (enc == NULL) {
        return PL_ERR_NULL;
    }
    return emit(enc, pl_encode_status(enc->scratch, sizeof enc->scratch, enc->seq, time_us, st),
                wire, cap);
}

int pl_next_marker(pl_encoder_t *enc, uint32_t time_us, const pl_marker_t *m, uint8_t *wire,
                   size_t cap)
{
    if (enc == NULL) {
        return PL_ERR_NULL;
    }
    return emit(enc, pl_encode_marker(enc->scratch, sizeof enc->scratch, enc->seq, time_us, m),
                wire, cap);
}

int pl_next_descriptor_request(pl_encoder_t *enc, uint32_t time_us, uint8_t *wire, size_t cap)
{
    if (enc == NULL) {
        return PL_ERR_NULL;
    }
    return emit(enc,
                pl_encode_descriptor_request(enc->scratch, sizeof enc->scratch, enc->seq, time_us),
                wire, cap);
}
