/**
 * Post codes the generators use: the shipped catalogue (migrations 0003 and 0005, contracts §4),
 * including the posts of the districts abolished on 1 July 2025 that earlier histories name.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

export const COMMUNE_KEY_POSTS = [
  'XA_BT',
  'XA_PBT',
  'XA_CT_HDND',
  'XA_PCT_HDND',
  'XA_CT_UBND',
  'XA_PCT_UBND',
  'XA_CT_MTTQ',
] as const;
export const COMMUNE_STAFF_POSTS = ['XA_CC_VP', 'XA_CC_DC', 'XA_CC_TC', 'XA_CC_TP', 'XA_CC_VH'] as const;
export const DISTRICT_POSTS = [
  'HUYEN_BT',
  'HUYEN_PBT',
  'HUYEN_CT_UBND',
  'HUYEN_PCT_UBND',
  'HUYEN_TRUONG_PHONG',
  'HUYEN_PHO_PHONG',
  'HUYEN_CONG_CHUC',
] as const;

export type CommuneKeyPost = (typeof COMMUNE_KEY_POSTS)[number];
export type CommuneStaffPost = (typeof COMMUNE_STAFF_POSTS)[number];
export type CommunePost = CommuneKeyPost | 'XA_TRUONG_PHONG' | 'XA_PHO_PHONG' | CommuneStaffPost;
export type ProvincePost =
  | 'TINH_GD_SO'
  | 'TINH_PGD_SO'
  | 'TINH_TRUONG_PHONG'
  | 'TINH_PHO_PHONG'
  | 'TINH_CONG_CHUC';
export type DistrictPost = (typeof DISTRICT_POSTS)[number];
export type PostCode = CommunePost | ProvincePost | DistrictPost | 'VIEN_CHUC';

export function isCommuneKeyPost(post: PostCode): post is CommuneKeyPost {
  return (COMMUNE_KEY_POSTS as readonly string[]).includes(post);
}

export interface PostInfo {
  id: number;
  keyCadre: boolean;
}

/** Every post by code (the historic district posts ship in migration 0005). */
export async function loadPosts(db: DbOrTx): Promise<Map<string, PostInfo>> {
  const res = await db.execute<{ id: string | number; code: string; key_cadre: boolean }>(
    sql`select id, code, key_cadre from position`,
  );
  const posts = new Map<string, PostInfo>();
  for (const r of res.rows) posts.set(r.code, { id: Number(r.id), keyCadre: r.key_cadre });
  return posts;
}

export function postId(posts: Map<string, PostInfo>, code: PostCode): PostInfo {
  const p = posts.get(code);
  if (!p) throw new Error(`post ${code} is missing from the catalogue (migration 0003)`);
  return p;
}
