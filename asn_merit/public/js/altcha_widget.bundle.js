// ALTCHA's widget for the public complaint form (npm `altcha` 2.x, which solves the PoW v1
// challenge asn_merit.api.pengaduan.get_tantangan signs), bundled with our own assets: no CDN and
// no outside service. It defines <altcha-widget>; its strings come in Bahasa Indonesia.
import "altcha/i18n/id";
import "altcha";
