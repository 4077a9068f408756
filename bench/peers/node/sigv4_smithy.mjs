// Times the AWS SDK for JavaScript v3 signer (@smithy/signature-v4 with Node's OpenSSL-backed SHA-256) on the
// request bench/bench_sigv4.cpp signs, with a cached signing key (same credentials and day: the signer keeps
// derived keys) and a cold key (a new secret per call, so the key is derived every time). CPU time, like the
// items/s Google Benchmark reports. Prints one JSON object.
//   node bench/peers/node/sigv4_smithy.mjs [--seconds 2]
import { SignatureV4 } from "@smithy/signature-v4";
import { HttpRequest } from "@smithy/protocol-http";
import { Hash } from "@smithy/hash-node";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function opaque(n, seed) { // the same 32-bit LCG filler as bench_sigv4.cpp and sigv4_botocore.py
    let out = "";
    for (let i = 0; i < n; ++i) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        out += ALPHABET[(seed >>> 16) % 64];
    }
    return out;
}

const nextToken = opaque(200, 7).replaceAll("+", "%2B").replaceAll("/", "%2F");
const request = new HttpRequest({
    method: "POST", protocol: "https:", hostname: "ec2.us-east-1.amazonaws.com", path: "/",
    headers: {
        host: "ec2.us-east-1.amazonaws.com",
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
        "amz-sdk-invocation-id": "0b6f3c2e-5a41-4d8e-9c77-2f1e8a9d4b60",
        "amz-sdk-request": "attempt=1; max=3",
        "user-agent": "onramp/0.1.0 Qt/6.4.2",
    },
    body: "Action=DescribeInstances&Version=2016-11-15&MaxResults=1000&NextToken=" + nextToken,
});
const token = "IQoJb3JpZ2luX2VjE" + opaque(783, 11);
const date = new Date(Date.UTC(2024, 4, 14, 9, 30, 12));
const sha256 = Hash.bind(null, "sha256");

function signer(secret) {
    return new SignatureV4({
        service: "ec2", region: "us-east-1", sha256,
        credentials: { accessKeyId: "ASIAXAMPLEXAMPLE7ZQ3", secretAccessKey: secret, sessionToken: token },
    });
}

async function measure(label, makeCall, seconds) {
    // Warm up, then batches until the CPU budget is spent; best batch rate wins (as timeit's min does).
    for (let i = 0; i < 2000; ++i) await makeCall(i);
    let best = 0, spent = 0, i = 0;
    while (spent < seconds * 1e6) {
        const n = 5000;
        const t0 = process.cpuUsage();
        for (let k = 0; k < n; ++k) await makeCall(i++);
        const d = process.cpuUsage(t0);
        const us = d.user + d.system;
        spent += us;
        best = Math.max(best, n / (us / 1e6));
    }
    return best;
}

const seconds = process.argv.includes("--seconds") ? Number(process.argv[process.argv.indexOf("--seconds") + 1]) : 2;
const cached = signer("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const signed = await cached.sign(request, { signingDate: date });
const cachedRate = await measure("cached", () => cached.sign(request, { signingDate: date }), seconds);
const coldRate = await measure("cold", (i) => signer("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLE" + String(i).padStart(6, "0").slice(-6))
    .sign(request, { signingDate: date }), seconds);
console.log(JSON.stringify({
    peer: "@smithy/signature-v4",
    version: (await import("@smithy/signature-v4/package.json", { with: { type: "json" } })).default.version,
    node: process.version,
    cached_signatures_per_s: cachedRate,
    cold_signatures_per_s: coldRate,
    authorization: signed.headers.authorization,
}));
