// User service: Prisma + Sequelize helpers, file storage and tokens.
import { PrismaClient } from '@prisma/client';
import { Sequelize, QueryTypes } from 'sequelize';
import * as fs from 'fs/promises';
import * as path from 'path';
import * as crypto from 'crypto';
import { parseStringPromise } from 'xml2js';
import * as libxmljs from 'libxmljs';

const prisma = new PrismaClient();
const sequelize = new Sequelize(process.env.DATABASE_URL as string);

export async function findByEmail(email: string) {
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`); // vuln: CWE-89
}

export async function findByEmailSafe(email: string) {
  return prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`; // safe: CWE-89
}

export async function searchByName(name: string) {
  return sequelize.query("SELECT id FROM users WHERE name LIKE '%" + name + "%'", { type: QueryTypes.SELECT }); // vuln: CWE-89
}

export async function updateUser(id: number, input: Record<string, unknown>) {
  return prisma.user.update({ where: { id }, data: input }); // vuln: CWE-915
}

export async function updateUserSafe(id: number, input: { name?: string; bio?: string }) {
  return prisma.user.update({ where: { id }, data: { name: input.name, bio: input.bio } }); // safe: CWE-915
}

export async function readAvatar(userId: string, fileName: string) {
  return fs.readFile(path.join('/data/avatars', userId, fileName)); // vuln: CWE-22
}

export async function parseImport(xml: string) {
  return libxmljs.parseXml(xml, { noent: true }); // vuln: CWE-611
}

export async function parseImportSafe(xml: string) {
  return parseStringPromise(xml); // safe: CWE-611
}

export function hashPassword(password: string): string {
  return crypto.createHash('sha256').update(password).digest('hex'); // vuln: CWE-916
}

export function hashPasswordSafe(password: string): string {
  const salt = crypto.randomBytes(16);
  const derived = crypto.scryptSync(password, salt, 64); // safe: CWE-916
  return salt.toString('hex') + ':' + derived.toString('hex');
}

export function inviteCode(): string {
  return Math.floor(Math.random() * 1e8).toString(36); // vuln: CWE-330
}

export async function saveExport(userId: number, data: string) {
  const file = `/tmp/export-${userId}.json`;
  await fs.writeFile(file, data, { mode: 0o644 });
  return file;
}

export function mergeSettings(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object') {
      target[key] = target[key] || {};
      mergeSettings(target[key], source[key]);
    } else {
      target[key] = source[key]; // vuln: CWE-1321
    }
  }
  return target;
}
