/** The kinds of act a permission is about (持出し, 外部提供, 廃棄 …), as the text words them. */
import type { ObligationTopic } from '../types.ts';

const TOPICS: [ObligationTopic, RegExp][] = [
  ['private_device', /支給以外|私物/],
  ['software_install', /ソフトウェア[^。]*導入|導入[^。]*ソフトウェア/],
  ['device_modification', /改造|増設|機器構成/],
  ['wireless_lan', /無線LAN/],
  ['network_connection', /ネットワークに接続|ネットワーク接続|通信回線に[^。]*接続/],
  ['cloud_use', /クラウド|外部サービス|ネットワークストレージ|ウェブで利用できる/],
  ['security_setting', /セキュリティ機能の設定|設定変更|設定を[^。]*変更/],
  [
    'external_email',
    /(?:電子)?メール[^。]*(?:庁外|外部)|(?:庁外|外部)[^。]*(?:電子)?メール|電子メール[^。]*送信/,
  ],
  ['external_provision', /外部に提供|外部への提供|外部提供|提供・公表|に提供する/],
  ['external_email', /(?:庁外|外部)に(?:送信|送る)|送信/],
  ['transport', /運搬/],
  ['take_out', /持ち出|持出/],
  ['disposal', /廃棄|破棄|リース返却/],
  ['system_introduction', /システム[^。]*導入|導入[^。]*システム/],
  ['outsourcing', /再委託|外部委託|委託/],
  ['information_viewing', /閲覧/],
  ['exception', /例外措置/],
];

/** The kind of act a permission is about, from the sentence first and then its headings. */
export function topicOf(texts: string[]): ObligationTopic | undefined {
  for (const t of texts) for (const [topic, re] of TOPICS) if (re.test(t)) return topic;
  return undefined;
}
