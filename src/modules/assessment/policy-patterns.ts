/**
 * The words a Japanese policy uses that the check items are drafted from: who is "staff", and which
 * words name a kind of asset (matched in the sentence, then in the names of the body's registered assets).
 */

/** An actor that means every member of staff. */
export const STAFF = /^職員(等)?$/;

/** Words naming an asset kind in a sentence without an actor, and where such assets are registered. */
export const ASSET_WORDS: { word: RegExp; equipmentKind: string; assetName: string }[] = [
  { word: /サーバ/, equipmentKind: 'server', assetName: 'サーバ' },
  { word: /ネットワーク機器|通信機器/, equipmentKind: 'network', assetName: 'ネットワーク' },
  { word: /端末|パソコン/, equipmentKind: 'terminal', assetName: '端末' },
];
